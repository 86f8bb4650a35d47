using Solutions.LungSurvival.Radiomics.Glszm;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// Zones of <see cref="GlszmAndGldmPlane"/> (8 voxels). With 26-connectivity the 1s form one zone of 4 through their
/// shared corner; the 2s form a zone of 2 (top right) and a zone of 1 (bottom left, not touching the others); the
/// 3 is a zone of 1. So N_z = 4 zones: (level, size) = (1, 4), (2, 2), (2, 1), (3, 1).
/// </summary>
public sealed class GlszmHandWorkedTests
{
    private static readonly GlszmFeatures Glszm = GlszmAndGldmPlane.Features.Glszm;

    [Fact]
    public void Zone_size_emphases_and_percentage()
    {
        Assert.Equal((1.0 / 16 + 1.0 / 4 + 1 + 1) / 4, Glszm.SmallAreaEmphasis, 12);
        Assert.Equal((16.0 + 4 + 1 + 1) / 4, Glszm.LargeAreaEmphasis, 12);
        Assert.Equal(4.0 / 8, Glszm.ZonePercentage, 12);
        // Sizes 4, 2, 1, 1 around their mean 2: (4 + 0 + 1 + 1) / 4.
        Assert.Equal(1.5, Glszm.ZoneVariance, 12);
    }

    [Fact]
    public void Non_uniformities()
    {
        // Zones per level 1, 2, 1: (1 + 4 + 1) / 4. Zones per size (1: two, 2: one, 4: one): (4 + 1 + 1) / 4.
        Assert.Equal(1.5, Glszm.GrayLevelNonUniformity, 12);
        Assert.Equal(6.0 / 16, Glszm.GrayLevelNonUniformityNormalized, 12);
        Assert.Equal(1.5, Glszm.SizeZoneNonUniformity, 12);
        Assert.Equal(6.0 / 16, Glszm.SizeZoneNonUniformityNormalized, 12);
    }

    [Fact]
    public void Grey_level_variance_and_zone_entropy()
    {
        // Levels 1, 2, 2, 3 around their mean 2: (1 + 0 + 0 + 1) / 4. Four zones, each its own cell, p = 1/4: entropy 2.
        Assert.Equal(0.5, Glszm.GrayLevelVariance, 12);
        Assert.Equal(2, Glszm.ZoneEntropy, 12);
    }

    [Fact]
    public void Grey_level_emphases()
    {
        // Terms per zone (1, 4), (2, 2), (2, 1), (3, 1), each sum divided by the 4 zones.
        Assert.Equal((1 + 1.0 / 4 + 1.0 / 4 + 1.0 / 9) / 4, Glszm.LowGrayLevelZoneEmphasis, 12);
        Assert.Equal((1.0 + 4 + 4 + 9) / 4, Glszm.HighGrayLevelZoneEmphasis, 12);
        Assert.Equal((1.0 / 16 + 1.0 / 16 + 1.0 / 4 + 1.0 / 9) / 4, Glszm.SmallAreaLowGrayLevelEmphasis, 12);
        Assert.Equal((1.0 / 16 + 1 + 4 + 9) / 4, Glszm.SmallAreaHighGrayLevelEmphasis, 12);
        Assert.Equal((16 + 1 + 1.0 / 4 + 1.0 / 9) / 4, Glszm.LargeAreaLowGrayLevelEmphasis, 12);
        Assert.Equal((16.0 + 16 + 4 + 9) / 4, Glszm.LargeAreaHighGrayLevelEmphasis, 12);
    }

    [Fact]
    public void Voxels_touching_only_at_a_corner_across_slices_share_a_zone()
    {
        // A 2 x 2 x 2 cube with 5 at (0, 0, 0) and (1, 1, 1), 1 elsewhere: the 5s touch only at the cube's centre, so
        // 26-connectivity makes them one zone of 2, and the six 1s (all face-connected) one zone of 6.
        var glszm = GlszmAndGldmPlane.Extract([5, 1, 1, 1, 1, 1, 1, 5], 2, 2, 2).Glszm;
        Assert.Equal(2.0 / 8, glszm.ZonePercentage, 12);
        Assert.Equal((4.0 + 36) / 2, glszm.LargeAreaEmphasis, 12);
    }
}

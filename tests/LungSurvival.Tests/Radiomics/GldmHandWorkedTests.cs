using Solutions.LungSurvival.Radiomics.Gldm;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// Dependences in <see cref="GlszmAndGldmPlane"/> (8 voxels, alpha 0): each voxel's same-level neighbours among its
/// 8 in-slice neighbours, plus 1 for itself. Row y = 0: sizes 2, 3, 2, 2; row y = 1: 1, 1, 3, 2. So P(level, size):
/// (1, 2) = 2, (1, 3) = 2, (2, 2) = 2, (2, 1) = 1, (3, 1) = 1, over N_z = 8 voxels.
/// </summary>
public sealed class GldmHandWorkedTests
{
    private static readonly GldmFeatures Gldm = GlszmAndGldmPlane.Features.Gldm;

    [Fact]
    public void Dependence_emphases_and_variance()
    {
        // Voxels per size: 1 -> 2, 2 -> 4, 3 -> 2.
        Assert.Equal((2 + 4.0 / 4 + 2.0 / 9) / 8, Gldm.SmallDependenceEmphasis, 12);
        Assert.Equal((2 + 4.0 * 4 + 2 * 9) / 8, Gldm.LargeDependenceEmphasis, 12);
        // Sizes 1, 2, 3 with p = 1/4, 1/2, 1/4 around their mean 2.
        Assert.Equal(0.5, Gldm.DependenceVariance, 12);
    }

    [Fact]
    public void Non_uniformities()
    {
        // Voxels per level 4, 3, 1: (16 + 9 + 1) / 8. Per size 2, 4, 2: (4 + 16 + 4) / 8 and / 64.
        Assert.Equal(26.0 / 8, Gldm.GrayLevelNonUniformity, 12);
        Assert.Equal(3, Gldm.DependenceNonUniformity, 12);
        Assert.Equal(24.0 / 64, Gldm.DependenceNonUniformityNormalized, 12);
    }

    [Fact]
    public void Grey_level_variance_and_dependence_entropy()
    {
        // Levels with p = 1/2, 3/8, 1/8: mean 13/8; variance 1/2 (5/8)^2 + 3/8 (3/8)^2 + 1/8 (11/8)^2 = 31/64.
        Assert.Equal(31.0 / 64, Gldm.GrayLevelVariance, 12);
        // Cells with p = 1/4 three times and 1/8 twice: 3 (1/4) 2 + 2 (1/8) 3.
        Assert.Equal(2.25, Gldm.DependenceEntropy, 12);
    }

    [Fact]
    public void Grey_level_emphases()
    {
        Assert.Equal((4 + 3.0 / 4 + 1.0 / 9) / 8, Gldm.LowGrayLevelEmphasis, 12);
        Assert.Equal((4 + 3.0 * 4 + 9) / 8, Gldm.HighGrayLevelEmphasis, 12);
        // Cells (1, 2) x2, (1, 3) x2, (2, 2) x2, (2, 1), (3, 1).
        Assert.Equal((2.0 / 4 + 2.0 / 9 + 2.0 / 16 + 1.0 / 4 + 1.0 / 9) / 8, Gldm.SmallDependenceLowGrayLevelEmphasis, 12);
        Assert.Equal((2.0 / 4 + 2.0 / 9 + 2.0 + 4 + 9) / 8, Gldm.SmallDependenceHighGrayLevelEmphasis, 12);
        Assert.Equal((2.0 * 4 + 2 * 9 + 2.0 + 1.0 / 4 + 1.0 / 9) / 8, Gldm.LargeDependenceLowGrayLevelEmphasis, 12);
        Assert.Equal((2.0 * 4 + 2 * 9 + 2 * 16 + 4 + 9) / 8, Gldm.LargeDependenceHighGrayLevelEmphasis, 12);
    }
}

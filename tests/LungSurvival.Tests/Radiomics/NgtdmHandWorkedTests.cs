using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Ngtdm;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class NgtdmHandWorkedTests
{
    private static readonly RadiomicsSettings BinWidthOne = new() { Discretisation = GreyLevelDiscretisation.FixedBinWidth(1) };

    /// <summary>
    /// The row 1, 2, 4: neighbourhood means 2, 2.5, 2, so s = 1, 0.5, 2 for levels 1, 2, 4, each with p = 1/3 (N_vp = 3).
    /// </summary>
    private static readonly NgtdmFeatures Row = Extract(1, 2, 4);

    private static NgtdmFeatures Extract(params float[] values)
    {
        var (image, mask) = TinyVolumes.Row(1, values);
        return new RadiomicsExtractor(BinWidthOne).Extract(image, mask).Ngtdm;
    }

    [Fact]
    public void Coarseness_and_busyness()
    {
        // sum p s = 3.5 / 3 = 7/6. Busyness divides it by sum |i p_i - j p_j| over ordered pairs: 2 (1 + 3 + 2) / 3 = 4.
        Assert.Equal(6.0 / 7, Row.Coarseness, 12);
        Assert.Equal(7.0 / 24, Row.Busyness, 12);
    }

    [Fact]
    public void Contrast_complexity_and_strength()
    {
        // sum p_i p_j (i - j)^2 = 2 (1 + 9 + 4) / 9 = 28/9, over N_gp (N_gp - 1) = 6, times sum s / N_vp = 7/6.
        Assert.Equal(28.0 / 9 / 6 * (7.0 / 6), Row.Contrast, 12);
        // Equal p makes each pair's weight (s_i + s_j) / 2: 2 (1 * 0.75 + 3 * 1.5 + 2 * 1.25) / 3.
        Assert.Equal(15.5 / 3, Row.Complexity, 12);
        // sum (p_i + p_j)(i - j)^2 = 2 (2/3)(1 + 9 + 4), over sum s = 3.5.
        Assert.Equal(56.0 / 3 / 3.5, Row.Strength, 12);
    }

    [Fact]
    public void A_voxel_without_masked_neighbours_counts_with_no_difference()
    {
        // 1, 2, [9 outside the mask], 4: the 4 has no masked neighbour. As in pyradiomics it still counts in N_vp = 3
        // with s = 0, so coarseness is 1 / ((1 + 1) / 3) = 1.5 (it would be 1 were the voxel left out).
        var (image, mask) = TinyVolumes.Row(1, 1, 2, 9, 4);
        mask.Voxels[2] = 0;
        Assert.Equal(1.5, new RadiomicsExtractor(BinWidthOne).Extract(image, mask).Ngtdm.Coarseness, 12);
    }

    [Fact]
    public void A_flat_region_gets_pyradiomics_values()
    {
        var flat = Extract(3, 3, 3);
        Assert.Equal(1e6, flat.Coarseness);
        Assert.Equal(0, flat.Contrast);
        Assert.Equal(0, flat.Busyness);
        Assert.Equal(0, flat.Complexity);
        Assert.Equal(0, flat.Strength);
    }
}

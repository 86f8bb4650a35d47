using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Glrlm;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// Runs in the row 1, 2, 2 at bin width 1 (3 voxels). Along x: a run of 1 at length 1 and a run of 2 at length 2
/// (2 runs). Along each of the other 12 directions every voxel is its own run: level 1 once, level 2 twice, all
/// of length 1 (3 runs). Each expected value is (x-direction value + 12 * other-direction value) / 13.
/// </summary>
public sealed class GlrlmHandWorkedTests
{
    private static readonly GlrlmFeatures Glrlm = Extract();

    private static GlrlmFeatures Extract()
    {
        var (image, mask) = TinyVolumes.Row(1, 1, 2, 2);
        var settings = new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(1) };
        return new RadiomicsExtractor(settings).Extract(image, mask).Glrlm;
    }

    private static double Averaged(double alongX, double otherwise) => (alongX + 12 * otherwise) / 13;

    [Fact]
    public void Run_length_emphases()
    {
        Assert.Equal(Averaged((1 + 1.0 / 4) / 2, 1), Glrlm.ShortRunEmphasis, 12);
        Assert.Equal(Averaged((1 + 4.0) / 2, 1), Glrlm.LongRunEmphasis, 12);
        Assert.Equal(Averaged(2.0 / 3, 1), Glrlm.RunPercentage, 12);
        Assert.Equal(Averaged(0.25, 0), Glrlm.RunVariance, 12); // run lengths 1 and 2 equally often along x
    }

    [Fact]
    public void Non_uniformities()
    {
        // Along x each level has one run and each length one run: (1 + 1) / 2. Otherwise levels (1 + 4) / 3, lengths 9 / 3.
        Assert.Equal(Averaged(1, 5.0 / 3), Glrlm.GrayLevelNonUniformity, 12);
        Assert.Equal(Averaged(0.5, 5.0 / 9), Glrlm.GrayLevelNonUniformityNormalized, 12);
        Assert.Equal(Averaged(1, 3), Glrlm.RunLengthNonUniformity, 12);
        Assert.Equal(Averaged(0.5, 1), Glrlm.RunLengthNonUniformityNormalized, 12);
    }

    [Fact]
    public void Grey_level_emphases()
    {
        // Along x: runs (level 1, length 1) and (level 2, length 2). Otherwise (1, 1) once and (2, 1) twice.
        Assert.Equal(Averaged((1 + 1.0 / 4) / 2, (1 + 2.0 / 4) / 3), Glrlm.LowGrayLevelRunEmphasis, 12);
        Assert.Equal(Averaged((1 + 4.0) / 2, (1 + 8.0) / 3), Glrlm.HighGrayLevelRunEmphasis, 12);
        Assert.Equal(Averaged((1 + 1.0 / 16) / 2, 0.5), Glrlm.ShortRunLowGrayLevelEmphasis, 12);
        Assert.Equal(Averaged((1 + 1.0) / 2, 3), Glrlm.ShortRunHighGrayLevelEmphasis, 12);
        Assert.Equal(Averaged((1 + 1.0) / 2, 0.5), Glrlm.LongRunLowGrayLevelEmphasis, 12);
        Assert.Equal(Averaged((1 + 16.0) / 2, 3), Glrlm.LongRunHighGrayLevelEmphasis, 12);
    }

    [Fact]
    public void Grey_level_variance_and_run_entropy()
    {
        // Along x: levels 1 and 2 each with p = 1/2. Otherwise p = 1/3 and 2/3 around mean 5/3.
        Assert.Equal(Averaged(0.25, 2.0 / 9), Glrlm.GrayLevelVariance, 12);
        Assert.Equal(Averaged(1, Math.Log2(3) - 2.0 / 3), Glrlm.RunEntropy, 10);
    }
}

using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.FirstOrder;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>First-order features of the five voxels 1, 2, 3, 4, 10 (2 x 1 x 1 mm each), worked by hand.</summary>
public sealed class FirstOrderHandWorkedTests
{
    private static readonly FirstOrderFeatures Features = Extract(5);

    private static FirstOrderFeatures Extract(double binWidth)
    {
        var (image, mask) = TinyVolumes.Row(2, 1, 2, 3, 4, 10);
        var settings = new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(binWidth) };
        return new RadiomicsExtractor(settings).Extract(image, mask).FirstOrder;
    }

    [Fact]
    public void Moments_use_population_conventions()
    {
        // Mean 4; deviations -3 -2 -1 0 6; m2 = 50/5 = 10, m3 = 180/5 = 36, m4 = 1394/5 = 278.8.
        Assert.Equal(4, Features.Mean, 12);
        Assert.Equal(10, Features.Variance, 12);
        Assert.Equal(Math.Sqrt(10), Features.StandardDeviation, 12);
        Assert.Equal(36 / Math.Pow(10, 1.5), Features.Skewness, 12);
        Assert.Equal(2.788, Features.Kurtosis, 12);
        Assert.Equal(12.0 / 5, Features.MeanAbsoluteDeviation, 12);
    }

    [Fact]
    public void Energy_and_extremes()
    {
        // 1 + 4 + 9 + 16 + 100 = 130; each voxel is 2 mm^3.
        Assert.Equal(130, Features.Energy, 12);
        Assert.Equal(260, Features.TotalEnergy, 12);
        Assert.Equal(Math.Sqrt(26), Features.RootMeanSquared, 12);
        Assert.Equal(1, Features.Minimum);
        Assert.Equal(10, Features.Maximum);
        Assert.Equal(9, Features.Range);
    }

    [Fact]
    public void Percentiles_interpolate_linearly_as_numpy_does()
    {
        // Rank position p/100 * 4: P10 at 0.4 -> 1.4, P90 at 3.6 -> 4 + 0.6 * 6 = 7.6, P25 = 2, P50 = 3, P75 = 4.
        Assert.Equal(1.4, Features.Percentile10, 12);
        Assert.Equal(7.6, Features.Percentile90, 12);
        Assert.Equal(3, Features.Median, 12);
        Assert.Equal(2, Features.InterquartileRange, 12);
        // Voxels within [1.4, 7.6] are 2, 3, 4: mean 3, mean absolute deviation 2/3.
        Assert.Equal(2.0 / 3, Features.RobustMeanAbsoluteDeviation, 12);
    }

    [Fact]
    public void Entropy_and_uniformity_use_the_grey_levels()
    {
        // Bin width 5 from 0: levels 1 1 1 1 3, so p = 0.8 and 0.2.
        Assert.Equal(-(0.8 * Math.Log2(0.8) + 0.2 * Math.Log2(0.2)), Features.Entropy, 12);
        Assert.Equal(0.68, Features.Uniformity, 12);

        // pyradiomics' default width 25 puts every voxel in one bin: no uncertainty, full uniformity.
        var coarse = Extract(25);
        Assert.Equal(0, coarse.Entropy, 12);
        Assert.Equal(1, coarse.Uniformity, 12);
    }
}

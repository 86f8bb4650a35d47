using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Glcm;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// GLCM of the row 1, 2, 2 at bin width 1. Only direction (1, 0, 0) has pairs, (1,2) and (2,2); counted both ways
/// they give p = [[0, 1/4], [1/4, 1/2]], so px = py = (1/4, 3/4), p(x+y) at 3 and 4 = 1/2 each, p(|x-y|) at 0 and
/// 1 = 1/2 each. The twelve directions without pairs are dropped, as pyradiomics does.
/// </summary>
public sealed class GlcmHandWorkedTests
{
    private static readonly GlcmFeatures Glcm = Extract();

    private static GlcmFeatures Extract()
    {
        var (image, mask) = TinyVolumes.Row(1, 1, 2, 2);
        var settings = new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(1) };
        return new RadiomicsExtractor(settings).Extract(image, mask).Glcm;
    }

    [Fact]
    public void Moments_of_the_matrix()
    {
        Assert.Equal(1.75, Glcm.JointAverage, 12); // 1 * 1/4 + 2 * 3/4
        Assert.Equal(3, Glcm.Autocorrelation, 12); // 1*2*1/4 twice + 2*2*1/2
        Assert.Equal(0.1875, Glcm.SumSquares, 12); // 1/4 * 0.75^2 + 3/4 * 0.25^2
        Assert.Equal(-1.0 / 3, Glcm.Correlation, 12); // covariance -0.0625 / 0.1875
        Assert.Equal(0.25, Glcm.ClusterTendency, 12); // (i + j - 3.5)^2: 0.25 at (1,2),(2,1) and (2,2)
        Assert.Equal(0, Glcm.ClusterShade, 12); // -0.125 * 1/2 + 0.125 * 1/2
        Assert.Equal(0.0625, Glcm.ClusterProminence, 12);
        Assert.Equal(0.5, Glcm.MaximumProbability, 12);
        Assert.Equal(0.375, Glcm.JointEnergy, 12); // 2 * 1/16 + 1/4
        Assert.Equal(1.5, Glcm.JointEntropy, 12); // 2 * 1/4 * 2 bits + 1/2 * 1 bit
    }

    [Fact]
    public void Sum_and_difference_distributions()
    {
        Assert.Equal(0.5, Glcm.Contrast, 12);
        Assert.Equal(0.5, Glcm.DifferenceAverage, 12);
        Assert.Equal(1, Glcm.DifferenceEntropy, 12);
        Assert.Equal(0.25, Glcm.DifferenceVariance, 12);
        Assert.Equal(3.5, Glcm.SumAverage, 12);
        Assert.Equal(1, Glcm.SumEntropy, 12);
        Assert.Equal(0.75, Glcm.Id, 12); // 1/2 + 1/2 / 2
        Assert.Equal(0.75, Glcm.Idm, 12); // 1/2 + 1/2 / (1 + 1)
        Assert.Equal(0.5 + 0.5 / 1.5, Glcm.Idn, 12); // Ng = 2: 1/2 + 1/2 / (1 + 1/2)
        Assert.Equal(0.9, Glcm.Idmn, 12); // 1/2 + 1/2 / (1 + 1/4)
        Assert.Equal(0.5, Glcm.InverseVariance, 12); // only k = 1
    }

    [Fact]
    public void Information_measures_of_correlation()
    {
        var hx = -(0.25 * Math.Log2(0.25) + 0.75 * Math.Log2(0.75));
        var hxy1 = -(0.5 * Math.Log2(0.25 * 0.75) + 0.5 * Math.Log2(0.75 * 0.75));
        var hxy2 = 2 * hx; // px(i) py(j) is the product of two copies of px
        Assert.Equal((1.5 - hxy1) / hx, Glcm.Imc1, 10);
        Assert.Equal(Math.Sqrt(1 - Math.Exp(-2 * (hxy2 - 1.5))), Glcm.Imc2, 10);
        // Q = [[1/3, 2/3], [2/9, 7/9]] has eigenvalues 1 and 1/9 (trace 10/9, determinant 1/9).
        Assert.Equal(1.0 / 3, Glcm.Mcc, 10);
    }
}

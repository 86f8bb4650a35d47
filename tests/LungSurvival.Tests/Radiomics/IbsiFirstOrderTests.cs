namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>First-order features of the IBSI digital phantom against the IBSI consensus values (README table).</summary>
public sealed class IbsiFirstOrderTests
{
    [Theory]
    [InlineData("Mean", 2.15)]
    [InlineData("Variance", 3.05)]
    [InlineData("Skewness", 1.08)]
    // IBSI reports excess kurtosis -0.355; pyradiomics (and this project) report mu4 / mu2^2 = -0.355 + 3.
    [InlineData("Kurtosis", 2.645)]
    [InlineData("Median", 1)]
    [InlineData("10Percentile", 1)]
    [InlineData("90Percentile", 4)]
    [InlineData("InterquartileRange", 3)]
    [InlineData("MeanAbsoluteDeviation", 1.55)]
    [InlineData("RobustMeanAbsoluteDeviation", 1.11)]
    [InlineData("Energy", 567)]
    [InlineData("RootMeanSquared", 2.77)]
    [InlineData("Entropy", 1.27)]
    [InlineData("Uniformity", 0.512)]
    // Not tabulated by IBSI but fixed by it: total energy is energy times the 2 x 2 x 2 mm voxel volume, and the
    // region's grey levels (README table, mask applied) run from 1 to 6.
    [InlineData("TotalEnergy", 4536)]
    [InlineData("Minimum", 1)]
    [InlineData("Maximum", 6)]
    [InlineData("Range", 5)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_firstorder_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }

    [Fact]
    public void Standard_deviation_is_the_root_of_the_variance_and_like_pyradiomics_not_a_default_feature()
    {
        var features = IbsiDigitalPhantom.Features;

        Assert.Equal(Math.Sqrt(features.FirstOrder.Variance), features.FirstOrder.StandardDeviation, 12);
        Assert.DoesNotContain("original_firstorder_StandardDeviation", features.ToNamedValues().Keys);
        Assert.Equal(18, features.FirstOrder.Named().Count());
    }
}

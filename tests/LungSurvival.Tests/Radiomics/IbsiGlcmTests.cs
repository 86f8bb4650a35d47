namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// GLCM features of the IBSI digital phantom ("3D averaged": 13 directions, distance 1, symmetric, features per
/// direction then averaged) against the IBSI consensus values in the phantom's README, by pyradiomics name.
/// </summary>
public sealed class IbsiGlcmTests
{
    [Theory]
    [InlineData("MaximumProbability", 0.503)] // IBSI joint maximum
    [InlineData("JointAverage", 2.14)]
    [InlineData("SumSquares", 3.1)] // IBSI joint variance
    [InlineData("JointEntropy", 2.4)]
    [InlineData("Contrast", 5.32)]
    [InlineData("DifferenceAverage", 1.43)]
    [InlineData("JointEnergy", 0.303)] // IBSI angular second moment
    [InlineData("Id", 0.677)]
    [InlineData("Idm", 0.618)]
    [InlineData("Idmn", 0.898)]
    [InlineData("Idn", 0.851)]
    [InlineData("Correlation", 0.157)]
    [InlineData("ClusterShade", 16.6)]
    [InlineData("ClusterProminence", 145)]
    [InlineData("Imc1", -0.157)]
    [InlineData("Imc2", 0.52)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_glcm_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }

    [Fact]
    public void Sum_average_is_twice_the_joint_average_on_a_symmetric_matrix()
    {
        // For a symmetric matrix the mean of i + j is 2 * mean of i, so IBSI's sum average (4.28) follows from 2.14.
        var glcm = IbsiDigitalPhantom.Features.Glcm;
        Assert.Equal(2 * glcm.JointAverage, glcm.SumAverage, 10);
        IbsiDigitalPhantom.AssertWithinOnePercent(4.28, glcm.SumAverage, "SumAverage");
    }
}

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// GLDM features of the IBSI digital phantom against the IBSI consensus values for its NGLDM (distance 1, alpha 0),
/// which is the same matrix: IBSI's low/high dependence emphasis are pyradiomics' small/large dependence emphasis.
/// </summary>
public sealed class IbsiGldmTests
{
    [Theory]
    [InlineData("SmallDependenceEmphasis", 0.045)]
    [InlineData("LargeDependenceEmphasis", 109)]
    [InlineData("GrayLevelNonUniformity", 37.9)]
    [InlineData("DependenceNonUniformity", 4.86)]
    [InlineData("DependenceEntropy", 4.4)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_gldm_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }
}

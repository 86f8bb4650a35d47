namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>NGTDM features of the IBSI digital phantom (distance 1, 26 neighbours) against the IBSI consensus values in its README.</summary>
public sealed class IbsiNgtdmTests
{
    [Theory]
    [InlineData("Coarseness", 0.0296)]
    [InlineData("Contrast", 0.584)]
    [InlineData("Busyness", 6.54)]
    [InlineData("Complexity", 13.5)]
    [InlineData("Strength", 0.763)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_ngtdm_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }
}

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>GLSZM features of the IBSI digital phantom (3-D, 26-connected zones) against the IBSI consensus values in its README.</summary>
public sealed class IbsiGlszmTests
{
    [Theory]
    [InlineData("SmallAreaEmphasis", 0.255)]
    [InlineData("LargeAreaEmphasis", 550)]
    [InlineData("GrayLevelNonUniformity", 1.4)]
    [InlineData("ZonePercentage", 0.0676)]
    [InlineData("ZoneEntropy", 2.32)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_glszm_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }
}

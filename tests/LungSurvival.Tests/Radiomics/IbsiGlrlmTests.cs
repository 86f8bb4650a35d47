namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>GLRLM features of the IBSI digital phantom ("3D averaged") against the IBSI consensus values in its README.</summary>
public sealed class IbsiGlrlmTests
{
    [Theory]
    [InlineData("ShortRunEmphasis", 0.705)]
    [InlineData("LongRunEmphasis", 3.06)]
    [InlineData("GrayLevelNonUniformity", 21.8)]
    [InlineData("RunLengthNonUniformity", 26.9)]
    [InlineData("RunPercentage", 0.68)]
    [InlineData("RunEntropy", 2.43)]
    public void Matches_the_IBSI_consensus(string feature, double expected)
    {
        var name = "original_glrlm_" + feature;
        IbsiDigitalPhantom.AssertWithinOnePercent(expected, IbsiDigitalPhantom.Features.ToNamedValues()[name], name);
    }
}

using Solutions.Shared.Reporting.Markdown;

namespace Solutions.Shared.Reporting.Tests.Markdown;

public sealed class MarkdownFormatTests
{
    [Theory]
    [InlineData(12345.678, 1, "12,345.7")]
    [InlineData(0.84567, 4, "0.8457")]
    [InlineData(-3.5, 0, "-4")] // .NET rounds half away from zero for "N0"
    [InlineData(double.NaN, 2, "n/a")]
    [InlineData(double.PositiveInfinity, 2, "∞")]
    public void Number_uses_fixed_decimals_and_thousands_separators(double value, int decimals, string expected)
    {
        Assert.Equal(expected, MarkdownFormat.Number(value, decimals));
    }

    [Theory]
    [InlineData(0.1234, 1, "12.3%")]
    [InlineData(1.0, 0, "100%")]
    [InlineData(double.NaN, 1, "n/a")]
    public void Percent_scales_fractions(double fraction, int decimals, string expected)
    {
        Assert.Equal(expected, MarkdownFormat.Percent(fraction, decimals));
    }

    [Fact]
    public void Count_groups_thousands()
    {
        Assert.Equal("7,043", MarkdownFormat.Count(7043));
    }

    [Fact]
    public void Negative_decimals_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkdownFormat.Number(1, -1));
    }
}

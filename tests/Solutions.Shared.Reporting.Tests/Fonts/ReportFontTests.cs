using Solutions.Shared.Reporting.Fonts;

namespace Solutions.Shared.Reporting.Tests.Fonts;

public sealed class ReportFontTests
{
    [Fact]
    public void Registration_puts_the_embedded_face_ahead_of_system_fonts()
    {
        ReportFont.Register();
        ReportFont.Register(); // twice must not add a second resolver

        Assert.Equal(1, ScottPlot.Fonts.FontResolvers.Count(r => r.GetType().Name == "EmbeddedFontResolver"));
        Assert.Equal("EmbeddedFontResolver", ScottPlot.Fonts.FontResolvers[0].GetType().Name);
        Assert.Equal(ReportFont.FamilyName, ScottPlot.Fonts.Default);
    }

    [Theory]
    [InlineData(false, SkiaSharp.SKFontStyleWeight.Normal)]
    [InlineData(true, SkiaSharp.SKFontStyleWeight.Bold)]
    public void The_first_resolver_serves_dejavu_with_latin_glyphs(bool bold, SkiaSharp.SKFontStyleWeight weight)
    {
        ReportFont.Register();

        // Asking the resolver directly bypasses ScottPlot's cache and any system font lookup.
        var typeface = ScottPlot.Fonts.FontResolvers[0].CreateTypeface(ReportFont.FamilyName, bold, italic: false);

        Assert.NotNull(typeface);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.Equal((int)weight, typeface.FontStyle.Weight);
        Assert.True(typeface.ContainsGlyphs("ROC curve 0.123 AUC … ≥ €"));
    }

    [Fact]
    public void Fonts_ship_inside_the_assembly()
    {
        var resources = typeof(ReportFont).Assembly.GetManifestResourceNames();

        Assert.Contains("Solutions.Shared.Reporting.Fonts.DejaVuSans.ttf", resources);
        Assert.Contains("Solutions.Shared.Reporting.Fonts.DejaVuSans-Bold.ttf", resources);
    }
}

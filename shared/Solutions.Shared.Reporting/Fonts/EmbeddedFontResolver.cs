using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Solutions.Shared.Reporting.Fonts;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources, so chart text renders on machines without any installed font.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private readonly SKTypeface _regular = Load("DejaVuSans.ttf");
    private readonly SKTypeface _bold = Load("DejaVuSans-Bold.ttf");

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
    {
        if (!string.Equals(fontName, ReportFont.FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Only upright regular and bold are shipped; italic or condensed requests get the nearest upright face
        // rather than falling through to a system font that may not exist.
        return weight >= FontWeight.SemiBold ? _bold : _regular;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);

    private static SKTypeface Load(string fileName)
    {
        var resource = $"Solutions.Shared.Reporting.Fonts.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is not a readable TrueType font.");
    }
}

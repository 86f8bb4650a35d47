namespace Solutions.Shared.Reporting.Fonts;

/// <summary>The typeface every chart uses: DejaVu Sans, embedded in this assembly (licence in Fonts/LICENSE.txt).</summary>
public static class ReportFont
{
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>
    /// Puts the embedded typeface first in ScottPlot's font resolvers and makes it the default font.
    /// Charts call this themselves; call it directly only when drawing your own ScottPlot plots.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            ScottPlot.Fonts.Default = FamilyName;
            ScottPlot.Fonts.Sans = FamilyName;
            _registered = true;
        }
    }
}

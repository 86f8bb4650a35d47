using ScottPlot;
using Solutions.Shared.Reporting.Fonts;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>One look for every chart in every report: white background, light grid, readable font sizes.</summary>
internal static class ChartStyle
{
    public const float TitleSize = 20;
    public const float AxisLabelSize = 16;
    public const float TickLabelSize = 13;
    public const float AnnotationSize = 13;

    public static readonly Color Primary = Color.FromHex("#1f77b4");
    public static readonly Color Secondary = Color.FromHex("#ff7f0e");
    public static readonly Color Accent = Color.FromHex("#d62728");
    public static readonly Color Reference = Color.FromHex("#7f7f7f");

    private static readonly Color[] SeriesColors =
    [
        Primary, Secondary, Color.FromHex("#2ca02c"), Accent, Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Reference, Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    public static Color Series(int index) => SeriesColors[index % SeriesColors.Length];

    public static void Apply(Plot plot)
    {
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        plot.Axes.Title.Label.FontSize = TitleSize;
        // Plot.Font.Set pins a regular typeface on every label, which overrides Bold, so the bold face is pinned here.
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.Font = ScottPlot.Fonts.GetTypeface(ReportFont.FamilyName, bold: true, italic: false);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickLabelSize;
        }

        plot.Legend.FontSize = AnnotationSize;
    }

    public static void Labels(Plot plot, string xLabel, string yLabel)
    {
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
    }

    /// <summary>Fixes both axes to [0, 1] with a small margin so curves touching the edges stay visible.</summary>
    public static void UnitSquare(Plot plot)
    {
        const double margin = 0.02;
        plot.Axes.SetLimits(-margin, 1 + margin, -margin, 1 + margin);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(0.1);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(0.1);
    }
}

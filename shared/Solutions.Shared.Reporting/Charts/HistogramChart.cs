using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Counts of values in equal-width bins.</summary>
public sealed class HistogramChart : Chart
{
    private readonly string _xLabel;
    private readonly double[] _values;

    public HistogramChart(string title, string xLabel, IReadOnlyList<double> values)
        : base(title)
    {
        _xLabel = xLabel;
        _values = ChartData.Finite(values, nameof(HistogramChart), nameof(values));
    }

    /// <value>The default value is 30.</value>
    public int BinCount { get; init; } = 30;

    private protected override void Draw(Plot plot)
    {
        if (BinCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BinCount), BinCount, "HistogramChart.BinCount must be at least 1.");
        }

        var bins = HistogramBins.Span([_values], BinCount).Count(_values);
        var bars = bins.Counts.Select((count, i) => new Bar
        {
            Position = bins.Center(i),
            Value = count,
            Size = bins.Width,
            FillColor = ChartStyle.Primary.WithAlpha(0.8),
            LineColor = Colors.White,
            LineWidth = 1,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Margins(bottom: 0);
        ChartStyle.Labels(plot, _xLabel, "Count");
    }
}

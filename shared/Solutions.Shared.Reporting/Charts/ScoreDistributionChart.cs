using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>
/// Overlaid histograms of the model's scores for actual negatives and actual positives, on shared bins,
/// with an optional vertical line at the decision cutoff.
/// </summary>
public sealed class ScoreDistributionChart : Chart
{
    private readonly double[] _negatives;
    private readonly double[] _positives;

    public ScoreDistributionChart(IReadOnlyList<double> scoresOfNegatives, IReadOnlyList<double> scoresOfPositives)
        : base("Score distribution by actual class")
    {
        _negatives = ChartData.Finite(scoresOfNegatives, nameof(ScoreDistributionChart), nameof(scoresOfNegatives));
        _positives = ChartData.Finite(scoresOfPositives, nameof(ScoreDistributionChart), nameof(scoresOfPositives));
    }

    /// <value>Score at which cases are called positive, drawn as a vertical line. The default value is none.</value>
    public double? Cutoff { get; init; }

    /// <value>The default value is "Negative".</value>
    public string NegativeName { get; init; } = "Negative";

    /// <value>The default value is "Positive".</value>
    public string PositiveName { get; init; } = "Positive";

    /// <value>The default value is 30.</value>
    public int BinCount { get; init; } = 30;

    /// <value>
    /// When true each class's bars show its share of that class, so a rare positive class stays visible.
    /// The default value is true; false shows raw counts.
    /// </value>
    public bool ShareOfClass { get; init; } = true;

    public string ScoreLabel { get; init; } = "Score";

    private protected override void Draw(Plot plot)
    {
        if (BinCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BinCount), BinCount, "ScoreDistributionChart.BinCount must be at least 1.");
        }

        var bins = HistogramBins.Span([_negatives, _positives], BinCount);
        AddClass(plot, bins.Count(_negatives), _negatives.Length, NegativeName, ChartStyle.Primary);
        AddClass(plot, bins.Count(_positives), _positives.Length, PositiveName, ChartStyle.Secondary);

        if (Cutoff is { } cutoff)
        {
            var line = plot.Add.VerticalLine(ChartData.Scalar(cutoff, nameof(ScoreDistributionChart), nameof(Cutoff)));
            line.Color = ChartStyle.Accent;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = ChartText.Invariant($"Cutoff = {cutoff:0.###}");
        }

        ChartStyle.Labels(plot, ScoreLabel, ShareOfClass ? "Share of class" : "Count");
        plot.Axes.Margins(bottom: 0);
        // Outside the data area: the two classes can peak anywhere, and a legend inside would hide bars.
        plot.ShowLegend(Edge.Bottom);
    }

    private void AddClass(Plot plot, HistogramBins bins, int total, string name, Color color)
    {
        var bars = bins.Counts.Select((count, i) => new Bar
        {
            Position = bins.Center(i),
            Value = ShareOfClass ? (double)count / total : count,
            Size = bins.Width,
            FillColor = color.WithAlpha(0.45),
            LineColor = color,
            LineWidth = 1,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = ChartText.Invariant($"{name} (n = {total:N0})");
    }
}

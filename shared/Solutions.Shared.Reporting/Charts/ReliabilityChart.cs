using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>
/// Calibration: for each bin of predicted probability, the mean prediction against the observed positive frequency,
/// with the diagonal a perfectly calibrated model would follow.
/// </summary>
public sealed class ReliabilityChart : Chart
{
    private readonly double[] _meanPredicted;
    private readonly double[] _observed;

    public ReliabilityChart(IReadOnlyList<double> meanPredicted, IReadOnlyList<double> observedFrequency)
        : base("Reliability (calibration)")
    {
        _meanPredicted = ChartData.Finite(meanPredicted, nameof(ReliabilityChart), nameof(meanPredicted));
        _observed = ChartData.Finite(observedFrequency, nameof(ReliabilityChart), nameof(observedFrequency));
        ChartData.SameLength(nameof(ReliabilityChart), nameof(meanPredicted), _meanPredicted.Length,
            nameof(observedFrequency), _observed.Length);
    }

    private protected override void Draw(Plot plot)
    {
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = ChartStyle.Reference;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.5f;
        diagonal.LegendText = "Perfectly calibrated";

        var curve = plot.Add.Scatter(_meanPredicted, _observed);
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2.5f;
        curve.MarkerSize = 9;
        curve.LegendText = "Model";

        ChartStyle.Labels(plot, "Mean predicted probability", "Observed frequency of positives");
        ChartStyle.UnitSquare(plot);
        plot.ShowLegend(Alignment.UpperLeft);
    }
}

using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Precision against recall, with the horizontal baseline a random ranking would reach (the positive rate).</summary>
public sealed class PrecisionRecallChart : Chart
{
    private readonly double[] _recall;
    private readonly double[] _precision;
    private readonly double _averagePrecision;
    private readonly double _positiveRate;

    /// <param name="recall">Curve points' x values, in [0, 1].</param>
    /// <param name="precision">Curve points' y values, in [0, 1].</param>
    /// <param name="averagePrecision">Area summary shown in the legend.</param>
    /// <param name="positiveRate">Share of positives in the evaluated data: the precision of a random ranking.</param>
    public PrecisionRecallChart(IReadOnlyList<double> recall, IReadOnlyList<double> precision, double averagePrecision, double positiveRate)
        : base("Precision-recall curve")
    {
        _recall = ChartData.Finite(recall, nameof(PrecisionRecallChart), nameof(recall));
        _precision = ChartData.Finite(precision, nameof(PrecisionRecallChart), nameof(precision));
        ChartData.SameLength(nameof(PrecisionRecallChart), nameof(recall), _recall.Length, nameof(precision), _precision.Length);
        _averagePrecision = ChartData.Scalar(averagePrecision, nameof(PrecisionRecallChart), nameof(averagePrecision));
        _positiveRate = ChartData.Scalar(positiveRate, nameof(PrecisionRecallChart), nameof(positiveRate));
    }

    private protected override void Draw(Plot plot)
    {
        var baseline = plot.Add.Line(0, _positiveRate, 1, _positiveRate);
        baseline.Color = ChartStyle.Reference;
        baseline.LinePattern = LinePattern.Dashed;
        baseline.LineWidth = 1.5f;
        baseline.LegendText = ChartText.Invariant($"Random ranking (precision = {_positiveRate:0.000})");

        var curve = plot.Add.ScatterLine(_recall, _precision);
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2.5f;
        curve.LegendText = ChartText.Invariant($"Model (AP = {_averagePrecision:0.000})");

        ChartStyle.Labels(plot, "Recall", "Precision");
        ChartStyle.UnitSquare(plot);
        plot.ShowLegend(Alignment.LowerLeft);
    }
}

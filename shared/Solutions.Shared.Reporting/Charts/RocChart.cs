using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Receiver operating characteristic: true positive rate against false positive rate, with the chance diagonal.</summary>
public sealed class RocChart : Chart
{
    private readonly double[] _falsePositiveRates;
    private readonly double[] _truePositiveRates;
    private readonly double _auc;

    /// <param name="falsePositiveRates">Curve points' x values, in [0, 1].</param>
    /// <param name="truePositiveRates">Curve points' y values, in [0, 1].</param>
    /// <param name="auc">Area under the curve, shown in the legend.</param>
    public RocChart(IReadOnlyList<double> falsePositiveRates, IReadOnlyList<double> truePositiveRates, double auc)
        : base("ROC curve")
    {
        _falsePositiveRates = ChartData.Finite(falsePositiveRates, nameof(RocChart), nameof(falsePositiveRates));
        _truePositiveRates = ChartData.Finite(truePositiveRates, nameof(RocChart), nameof(truePositiveRates));
        ChartData.SameLength(nameof(RocChart), nameof(falsePositiveRates), _falsePositiveRates.Length,
            nameof(truePositiveRates), _truePositiveRates.Length);
        _auc = ChartData.Scalar(auc, nameof(RocChart), nameof(auc));
    }

    private protected override void Draw(Plot plot)
    {
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.Color = ChartStyle.Reference;
        chance.LinePattern = LinePattern.Dashed;
        chance.LineWidth = 1.5f;
        chance.LegendText = "Chance (AUC = 0.5)";

        var curve = plot.Add.ScatterLine(_falsePositiveRates, _truePositiveRates);
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2.5f;
        curve.LegendText = ChartText.Invariant($"Model (AUC = {_auc:0.000})");

        ChartStyle.Labels(plot, "False positive rate", "True positive rate");
        ChartStyle.UnitSquare(plot);
        plot.ShowLegend(Alignment.LowerRight);
    }
}

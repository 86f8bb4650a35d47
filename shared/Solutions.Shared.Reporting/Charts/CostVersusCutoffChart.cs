using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Expected cost of acting on the model at each cutoff, with the cheapest cutoff marked.</summary>
public sealed class CostVersusCutoffChart : Chart
{
    private readonly double[] _cutoffs;
    private readonly double[] _costs;
    private readonly double _optimalCutoff;

    public CostVersusCutoffChart(IReadOnlyList<double> cutoffs, IReadOnlyList<double> costs, double optimalCutoff)
        : base("Cost by decision cutoff")
    {
        _cutoffs = ChartData.Finite(cutoffs, nameof(CostVersusCutoffChart), nameof(cutoffs));
        _costs = ChartData.Finite(costs, nameof(CostVersusCutoffChart), nameof(costs));
        ChartData.SameLength(nameof(CostVersusCutoffChart), nameof(cutoffs), _cutoffs.Length, nameof(costs), _costs.Length);
        _optimalCutoff = ChartData.Scalar(optimalCutoff, nameof(CostVersusCutoffChart), nameof(optimalCutoff));
    }

    /// <value>The y axis label. The default value is "Expected cost".</value>
    public string CostLabel { get; init; } = "Expected cost";

    private protected override void Draw(Plot plot)
    {
        var curve = plot.Add.ScatterLine(_cutoffs, _costs);
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2.5f;
        curve.LegendText = CostLabel;

        var optimum = plot.Add.VerticalLine(_optimalCutoff);
        optimum.Color = ChartStyle.Accent;
        optimum.LineWidth = 2;
        optimum.LinePattern = LinePattern.Dashed;
        optimum.LegendText = ChartText.Invariant($"Optimal cutoff = {_optimalCutoff:0.###}");

        ChartStyle.Labels(plot, "Decision cutoff", CostLabel);
        // Outside the data area: the optimum can sit anywhere on the curve.
        plot.ShowLegend(Edge.Bottom);
    }
}

using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Points of one or more named series, with an optional y = x line (e.g. predicted against actual).</summary>
public sealed class ScatterChart : Chart
{
    private readonly string _xLabel;
    private readonly string _yLabel;
    private readonly (string Name, double[] X, double[] Y)[] _series;

    public ScatterChart(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("ScatterChart: 'series' is empty; at least one series is needed.", nameof(series));
        }

        _xLabel = xLabel;
        _yLabel = yLabel;
        _series = series.Select((s, i) =>
        {
            ArgumentNullException.ThrowIfNull(s, $"series[{i}]");
            var chart = $"ScatterChart series '{s.Name}'";
            var x = ChartData.Finite(s.X, chart, nameof(s.X));
            var y = ChartData.Finite(s.Y, chart, nameof(s.Y));
            ChartData.SameLength(chart, nameof(s.X), x.Length, nameof(s.Y), y.Length);
            return (s.Name, x, y);
        }).ToArray();
    }

    /// <value>When true, draws the line y = x across the data. The default value is false.</value>
    public bool ShowIdentityLine { get; init; }

    private protected override void Draw(Plot plot)
    {
        if (ShowIdentityLine)
        {
            var all = _series.SelectMany(s => s.X.Concat(s.Y)).ToArray();
            var identity = plot.Add.Line(all.Min(), all.Min(), all.Max(), all.Max());
            identity.Color = ChartStyle.Reference;
            identity.LinePattern = LinePattern.Dashed;
            identity.LineWidth = 1.5f;
            identity.LegendText = "y = x";
        }

        for (var i = 0; i < _series.Length; i++)
        {
            var (name, x, y) = _series[i];
            var points = plot.Add.ScatterPoints(x, y);
            points.Color = ChartStyle.Series(i).WithAlpha(0.7);
            points.MarkerSize = 6;
            points.LegendText = name;
        }

        ChartStyle.Labels(plot, _xLabel, _yLabel);
        if (_series.Length > 1 || ShowIdentityLine)
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
    }
}

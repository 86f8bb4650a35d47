using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>
/// Several named line series, optionally over dates, with optional shaded bands (e.g. forecast intervals).
/// Bands are shaded in the colour of the last series, which by convention is the forecast.
/// </summary>
public sealed class LineChart : Chart
{
    private readonly string _xLabel;
    private readonly string _yLabel;
    private readonly (string Name, double[] X, double[] Y)[] _series;

    public LineChart(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("LineChart: 'series' is empty; at least one series is needed.", nameof(series));
        }

        _xLabel = xLabel;
        _yLabel = yLabel;
        _series = series.Select(Check).ToArray();
    }

    public IReadOnlyList<ShadedBand> Bands { get; init; } = [];

    /// <value>When true, x values are <see cref="DateTime.ToOADate"/> dates and ticks show dates. The default value is false.</value>
    public bool DateAxis { get; init; }

    /// <value>When true, each point also gets a marker. The default value is false.</value>
    public bool ShowMarkers { get; init; }

    private protected override void Draw(Plot plot)
    {
        var bandColor = ChartStyle.Series(_series.Length - 1);
        foreach (var band in Bands)
        {
            var chart = $"LineChart band '{band.Name}'";
            var x = ChartData.Finite(band.X, chart, nameof(band.X));
            var lower = ChartData.Finite(band.Lower, chart, nameof(band.Lower));
            var upper = ChartData.Finite(band.Upper, chart, nameof(band.Upper));
            ChartData.SameLength(chart, nameof(band.X), x.Length, nameof(band.Lower), lower.Length);
            ChartData.SameLength(chart, nameof(band.X), x.Length, nameof(band.Upper), upper.Length);

            var fill = plot.Add.FillY(x, lower, upper);
            fill.FillColor = bandColor.WithAlpha(0.2);
            fill.LineWidth = 0;
            fill.LegendText = band.Name;
        }

        for (var i = 0; i < _series.Length; i++)
        {
            var (name, x, y) = _series[i];
            var line = ShowMarkers ? plot.Add.Scatter(x, y) : plot.Add.ScatterLine(x, y);
            line.Color = ChartStyle.Series(i);
            line.LineWidth = 2;
            line.MarkerSize = ShowMarkers ? 6 : 0;
            line.LegendText = name;
        }

        if (DateAxis)
        {
            var axis = plot.Axes.DateTimeTicksBottom();
            // ISO dates read the same in every country; the default is US month/day order.
            ((ScottPlot.TickGenerators.DateTimeAutomatic)axis.TickGenerator).LabelFormatter = ChartText.IsoDate;
        }

        ChartStyle.Labels(plot, _xLabel, _yLabel);
        if (_series.Length > 1 || Bands.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
    }

    private static (string, double[], double[]) Check(ChartSeries series, int index)
    {
        ArgumentNullException.ThrowIfNull(series, $"series[{index}]");
        var chart = $"LineChart series '{series.Name}'";
        var x = ChartData.Finite(series.X, chart, nameof(series.X));
        var y = ChartData.Finite(series.Y, chart, nameof(series.Y));
        ChartData.SameLength(chart, nameof(series.X), x.Length, nameof(series.Y), y.Length);
        return (series.Name, x, y);
    }
}

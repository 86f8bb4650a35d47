using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Horizontal bars of feature importance, largest on top, with optional error bars (e.g. one standard deviation).</summary>
public sealed class FeatureImportanceChart : Chart
{
    private const int MaxNameLength = 40;

    private readonly string[] _names;
    private readonly double[] _values;

    public FeatureImportanceChart(IReadOnlyList<string> names, IReadOnlyList<double> values)
        : base("Feature importance")
    {
        _values = ChartData.Finite(values, nameof(FeatureImportanceChart), nameof(values));
        _names = ChartData.Names(names, nameof(FeatureImportanceChart), nameof(names), _values.Length);
    }

    /// <value>Half-widths of the error bars, one per feature in the constructor's order. The default value is none.</value>
    public IReadOnlyList<double>? Errors { get; init; }

    /// <value>How many of the most important features are drawn. The default value is 25.</value>
    public int MaxFeatures { get; init; } = 25;

    /// <value>The x axis label. The default value is "Importance".</value>
    public string ValueLabel { get; init; } = "Importance";

    private protected override void Draw(Plot plot)
    {
        if (MaxFeatures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFeatures), MaxFeatures, "FeatureImportanceChart.MaxFeatures must be at least 1.");
        }

        double[]? errors = null;
        if (Errors is not null)
        {
            errors = ChartData.Finite(Errors, nameof(FeatureImportanceChart), nameof(Errors));
            ChartData.SameLength(nameof(FeatureImportanceChart), "values", _values.Length, nameof(Errors), errors.Length);
        }

        // Stable order: ties keep the caller's order, so the chart is the same on every run.
        var shown = Enumerable.Range(0, _values.Length)
            .OrderByDescending(i => _values[i])
            .Take(MaxFeatures)
            .ToArray();

        var bars = shown.Select((feature, rank) => new Bar
        {
            Position = shown.Length - 1 - rank,
            Value = _values[feature],
            Error = errors?[feature] ?? 0,
            FillColor = ChartStyle.Primary,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;

        var positions = shown.Select((_, rank) => (double)(shown.Length - 1 - rank)).ToArray();
        plot.Axes.Left.SetTicks(positions, shown.Select(i => Shorten(_names[i])).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0);
        plot.Grid.YAxisStyle.IsVisible = false;
        ChartStyle.Labels(plot, ValueLabel, string.Empty);
        if (shown.Length < _values.Length)
        {
            plot.YLabel(ChartText.Invariant($"Top {shown.Length} of {_values.Length} features"));
        }
    }

    private static string Shorten(string name) =>
        name.Length <= MaxNameLength ? name : string.Concat(name.AsSpan(0, MaxNameLength - 1), "…");
}

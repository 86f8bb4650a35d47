using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Vertical bars, one per category, with each value written above its bar.</summary>
public sealed class BarChart : Chart
{
    private readonly string _xLabel;
    private readonly string _yLabel;
    private readonly string[] _categories;
    private readonly double[] _values;

    public BarChart(string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<double> values)
        : base(title)
    {
        _xLabel = xLabel;
        _yLabel = yLabel;
        _values = ChartData.Finite(values, nameof(BarChart), nameof(values));
        _categories = ChartData.Names(categories, nameof(BarChart), nameof(categories), _values.Length);
    }

    /// <value>.NET format string for the value labels; empty hides them. The default value is "G4".</value>
    public string ValueFormat { get; init; } = "G4";

    /// <summary>
    /// Category names that would overlap side by side are slanted, and the axis is given room for them,
    /// because ScottPlot sizes the axis for upright labels.
    /// </summary>
    private void SlantLabelsIfCrowded(Plot plot)
    {
        const double pixelsPerCharacter = 0.62 * ChartStyle.TickLabelSize; // DejaVu Sans average advance
        var longest = _categories.Max(c => c.Length) * pixelsPerCharacter;
        var slot = (Width - 120.0) / _categories.Length;
        if (longest <= slot * 0.9)
        {
            return;
        }

        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        var reach = longest * Math.Sin(Math.PI / 4);
        plot.Axes.Bottom.MinimumSize = (float)Math.Min(reach + 35, Height / 2.0);
        // The last label hangs to the right of its bar, past the half slot the data area already leaves.
        plot.Axes.Right.MinimumSize = (float)Math.Clamp(reach - slot / 2 + 10, 0, Width / 3.0);
    }

    private protected override void Draw(Plot plot)
    {
        var bars = _values.Select((value, i) => new Bar
        {
            Position = i,
            Value = value,
            FillColor = ChartStyle.Primary,
            LineWidth = 0,
            Size = 0.7,
            Label = ValueFormat.Length == 0 ? string.Empty : value.ToString(ValueFormat, System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = ChartStyle.AnnotationSize;

        plot.Axes.Bottom.SetTicks(_values.Select((_, i) => (double)i).ToArray(), _categories);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        SlantLabelsIfCrowded(plot);

        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Grid.XAxisStyle.IsVisible = false;
        ChartStyle.Labels(plot, _xLabel, _yLabel);
    }
}

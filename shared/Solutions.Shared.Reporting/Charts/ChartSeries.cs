namespace Solutions.Shared.Reporting.Charts;

/// <summary>A named series of (x, y) points for <see cref="LineChart"/> and <see cref="ScatterChart"/>.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A series over dates; draw it on a <see cref="LineChart"/> with <see cref="LineChart.DateAxis"/> set.</summary>
    public static ChartSeries OfDates(string name, IReadOnlyList<DateTime> dates, IReadOnlyList<double> y) =>
        new(name, dates.Select(d => d.ToOADate()).ToArray(), y);
}

namespace Solutions.Shared.Reporting.Charts;

/// <summary>A shaded range between a lower and an upper curve, such as a forecast's prediction interval.</summary>
public sealed record ShadedBand(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper)
{
    public static ShadedBand OfDates(string name, IReadOnlyList<DateTime> dates, IReadOnlyList<double> lower, IReadOnlyList<double> upper) =>
        new(name, dates.Select(d => d.ToOADate()).ToArray(), lower, upper);
}

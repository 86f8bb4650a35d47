using Solutions.PriceOptimization.Data;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>
/// Demand drivers for days after the history, when nobody supplied them: temperature from the history's
/// climatology (mean of the days within a week of the same day of the year), the competitor's price held at its
/// last week's mean, no promotion and no campaign (plan those and pass them in), and holidays on the dates
/// that were holidays one or two years earlier.
/// </summary>
public static class DriverProjection
{
    public static IReadOnlyList<DemandDrivers> Project(ProductHistory history, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var holidays = history.Days.Where(d => d.Holiday).Select(d => d.Date.Date).ToHashSet();
        var competitor = history.Days.TakeLast(7).Average(d => d.CompetitorPrice);
        return [.. Enumerable.Range(1, days).Select(i =>
        {
            var date = history.End.Date.AddDays(i);
            return new DemandDrivers(date, Climatology(history, date), competitor, 0, false,
                holidays.Contains(date.AddYears(-1)) || holidays.Contains(date.AddYears(-2)));
        })];
    }

    private static double Climatology(ProductHistory history, DateTime date)
    {
        var near = history.Days
            .Where(d => Math.Abs(CircularDayDistance(d.Date.DayOfYear, date.DayOfYear)) <= 7)
            .Select(d => d.Temperature)
            .ToArray();
        // A history shorter than a year has no same-season days: the last week's mean is the best guess.
        return near.Length > 0 ? near.Average() : history.Days.TakeLast(7).Average(d => d.Temperature);
    }

    private static int CircularDayDistance(int a, int b)
    {
        var distance = Math.Abs(a - b);
        return Math.Min(distance, 365 - distance);
    }
}

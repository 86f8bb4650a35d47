namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// Draws when a payment of a category happens: a day weighted by weekday, day of month and season, an hour
/// weighted by the category's rhythm, and a uniform minute and second.
/// </summary>
internal sealed class SpendingCalendar
{
    private const double PeakMonthFactor = 2.0;

    private readonly DateTime _start;
    private readonly CumulativeWeights[] _days;
    private readonly CumulativeWeights[] _hours;

    public SpendingCalendar(IReadOnlyList<CategoryProfile> profiles, DateTime start, DateTime end)
    {
        _start = start.Date;
        var dayCount = (int)(end.Date - _start).TotalDays;
        _days = [.. profiles.Select(p => new CumulativeWeights(
            [.. Enumerable.Range(0, dayCount).Select(d => DayWeight(p, _start.AddDays(d)))]))];
        _hours = [.. profiles.Select(p => new CumulativeWeights(p.Rhythm.Hours))];
    }

    public DateTime Sample(int category, RandomSource random)
    {
        var day = _days[category].Sample(random);
        var hour = _hours[category].Sample(random);
        var second = random.Next(3600);
        return _start.AddTicks((day * 86_400L + hour * 3_600L + second) * TimeSpan.TicksPerSecond);
    }

    private static double DayWeight(CategoryProfile profile, DateTime day)
    {
        var weekday = ((int)day.DayOfWeek + 6) % 7; // Monday = 0
        var season = profile.PeakMonths.Contains(day.Month) ? PeakMonthFactor : 1.0;
        return profile.Rhythm.Weekdays[weekday] * season * MonthDayFactor(profile.PayCycle, day);
    }

    private static double MonthDayFactor(PayCycle cycle, DateTime day)
    {
        return cycle switch
        {
            PayCycle.MonthStart => day.Day switch { 1 => 8, <= 5 => 4, _ => 1 },
            PayCycle.AfterPayday => day.Day switch { 1 => 2.5, >= 25 and <= 28 => 5, _ => 1 },
            // Paid on the 25th or the last day: more spending from payday to the 3rd, less in the week before.
            PayCycle.Discretionary => day.Day switch { <= 3 or >= 25 => 1.3, >= 18 => 0.85, _ => 1 },
            _ => 1,
        };
    }
}

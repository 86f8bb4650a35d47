namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>The simulated market's public holidays: fixed dates plus the fourth Thursday of November.</summary>
public static class HolidayCalendar
{
    private static readonly (int Month, int Day)[] FixedDates = [(1, 1), (2, 14), (5, 1), (7, 4), (10, 31), (12, 24), (12, 25), (12, 31)];

    public static bool IsHoliday(DateTime date) =>
        FixedDates.Contains((date.Month, date.Day)) || date == FourthThursdayOfNovember(date.Year);

    private static DateTime FourthThursdayOfNovember(int year)
    {
        var first = new DateTime(year, 11, 1);
        var offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 21);
    }
}

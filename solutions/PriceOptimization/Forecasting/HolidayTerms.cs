namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Prophet's holiday features: one 0/1 column per (holiday name, day offset within its window), ordered by name then
/// offset, set on each day an occurrence's window covers.
/// </summary>
internal sealed class HolidayTerms
{
    private readonly Dictionary<DateTime, int[]> columnsByDay;

    private HolidayTerms(IReadOnlyList<HolidayColumn> columns, Dictionary<DateTime, int[]> columnsByDay)
    {
        Columns = columns;
        this.columnsByDay = columnsByDay;
    }

    public IReadOnlyList<HolidayColumn> Columns { get; }

    public static HolidayTerms Create(IReadOnlyList<Holiday>? holidays)
    {
        holidays ??= [];
        var columns = holidays
            .SelectMany(h => Enumerable.Range(h.LowerWindow, h.UpperWindow - h.LowerWindow + 1).Select(o => new HolidayColumn(h.Name, o)))
            .Distinct()
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Offset)
            .ToArray();
        var index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);

        var byDay = new Dictionary<DateTime, HashSet<int>>();
        foreach (var holiday in holidays)
        {
            for (var offset = holiday.LowerWindow; offset <= holiday.UpperWindow; offset++)
            {
                var day = holiday.Date.Date.AddDays(offset);
                if (!byDay.TryGetValue(day, out var set))
                {
                    byDay[day] = set = [];
                }

                // A set, not a count: two occurrences covering the same day still give a 1, as in Prophet.
                set.Add(index[new HolidayColumn(holiday.Name, offset)]);
            }
        }

        return new HolidayTerms(columns, byDay.ToDictionary(p => p.Key, p => p.Value.Order().ToArray()));
    }

    /// <summary>The columns that are 1 on the calendar day of <paramref name="date"/>.</summary>
    public ReadOnlySpan<int> ColumnsOn(DateTime date) =>
        columnsByDay.TryGetValue(date.Date, out var columns) ? columns : ReadOnlySpan<int>.Empty;
}

/// <summary>A holiday feature: the holiday's name and the day's offset from its date.</summary>
internal sealed record HolidayColumn(string Name, int Offset);

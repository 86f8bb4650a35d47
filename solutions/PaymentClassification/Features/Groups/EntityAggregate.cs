using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// The aggregate kept per receiver and per sender: transaction count, count per category, amount mean, squared
/// deviations, minimum and maximum, and the category of the latest event. The slots are the table's value columns.
/// </summary>
internal static class EntityAggregate
{
    public const int Count = 0;
    public const int FirstCategoryCount = 1;
    public static readonly int AmountMean = FirstCategoryCount + TransactionCategories.All.Count;
    public static readonly int AmountM2 = AmountMean + 1;
    public static readonly int AmountMin = AmountMean + 2;
    public static readonly int AmountMax = AmountMean + 3;
    public static readonly int LastCategory = AmountMean + 4;

    /// <summary>The 19 per-category counts are one packed column: as 19 doubles they were most of a version row's
    /// bytes and binds, and writing versions most of the ingest's cost.</summary>
    public static IReadOnlyList<ValueColumn> Columns { get; } =
    [
        new("txn_count", Count),
        new("category_counts", FirstCategoryCount, TransactionCategories.All.Count),
        new("amount_mean", AmountMean), new("amount_m2", AmountM2), new("amount_min", AmountMin),
        new("amount_max", AmountMax), new("last_category", LastCategory),
    ];

    public static void Apply(double[] values, StoredEvent e)
    {
        var count = values[Count] + 1;
        var amount = e.Amount;
        values[Count] = count;
        values[FirstCategoryCount + e.Category] += 1;
        RunningStatistics.Add(values, AmountMean, AmountM2, count, amount);
        values[AmountMin] = count == 1 ? amount : Math.Min(values[AmountMin], amount);
        values[AmountMax] = count == 1 ? amount : Math.Max(values[AmountMax], amount);
        values[LastCategory] = e.Category;
    }
}

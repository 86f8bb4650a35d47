namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>The aggregate kept per (sender, receiver) pair: how often the sender paid there and the last category.</summary>
internal static class PairAggregate
{
    public const int Count = 0;
    public const int LastCategory = 1;

    public static IReadOnlyList<ValueColumn> Columns { get; } = [new("txn_count", Count), new("last_category", LastCategory)];

    public static void Apply(double[] values, StoredEvent e)
    {
        values[Count] += 1;
        values[LastCategory] = e.Category;
    }
}

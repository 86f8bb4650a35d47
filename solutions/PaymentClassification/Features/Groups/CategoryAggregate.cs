namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// The aggregate kept per category: count, and mean and squared deviations of the amount and of its signed log (the
/// amounts are log-normal, so distances are measured on the log scale).
/// </summary>
internal static class CategoryAggregate
{
    public const int Count = 0;
    public const int AmountMean = 1;
    public const int AmountM2 = 2;
    public const int LogAmountMean = 3;
    public const int LogAmountM2 = 4;

    public static IReadOnlyList<ValueColumn> Columns { get; } =
    [
        new("txn_count", Count), new("amount_mean", AmountMean), new("amount_m2", AmountM2),
        new("log_amount_mean", LogAmountMean), new("log_amount_m2", LogAmountM2),
    ];

    public static void Apply(double[] values, StoredEvent e)
    {
        var count = values[Count] + 1;
        values[Count] = count;
        RunningStatistics.Add(values, AmountMean, AmountM2, count, e.Amount);
        RunningStatistics.Add(values, LogAmountMean, LogAmountM2, count, RunningStatistics.SignedLog(e.Amount));
    }
}

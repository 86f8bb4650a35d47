using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.TransactionFeatureNames;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// Turns the feature-group versions that apply to a transaction (the latest strictly before it offline, the latest of
/// all online) into its feature vector. Offline and online share this one computation, so they cannot drift apart.
/// </summary>
internal static class TransactionFeaturizer
{
    private static readonly int CategoryCount = TransactionCategories.All.Count;
    private static readonly int ReceiverCount = TransactionFeatures.IndexOf(ReceiverTxnCount);
    private static readonly int SenderCount = TransactionFeatures.IndexOf(SenderTxnCount);
    private static readonly int PairCount = TransactionFeatures.IndexOf(PairTxnCount);
    private static readonly int ReceiverShares = TransactionFeatures.IndexOfCategory(ReceiverSharePrefix, 0);
    private static readonly int SenderShares = TransactionFeatures.IndexOfCategory(SenderSharePrefix, 0);
    private static readonly int AmountLogZs = TransactionFeatures.IndexOfCategory(AmountLogZPrefix, 0);

    /// <summary>
    /// The features of a transaction of <paramref name="amount"/> at <paramref name="timestamp"/>, given the versions
    /// that apply to it (null: no such event yet); <paramref name="categories"/> is indexed by category.
    /// </summary>
    public static TransactionFeatures Compute(
        FeatureVersion? receiver, FeatureVersion? sender, FeatureVersion? pair,
        IReadOnlyList<FeatureVersion?> categories, decimal amount, DateTime timestamp)
    {
        var values = new float[TransactionFeatures.Count];
        var x = (double)amount;
        var time = timestamp.Ticks;

        // Receiver: count, mean, std, min, max, z, hours since last, then the 19 shares (in the names' order).
        WriteEntity(values, ReceiverCount, receiver, x, time, withMinMax: true);
        WriteShares(values, ReceiverShares, receiver);

        // Sender: count, mean, std, z, hours since last, last category, then the 19 shares.
        var next = WriteEntity(values, SenderCount, sender, x, time, withMinMax: false);
        values[next] = sender is null ? float.NaN : (float)sender.Values[EntityAggregate.LastCategory];
        WriteShares(values, SenderShares, sender);

        values[PairCount] = pair is null ? 0f : (float)pair.Values[PairAggregate.Count];
        values[PairCount + 1] = HoursSince(pair, time);
        values[PairCount + 2] = pair is null ? float.NaN : (float)pair.Values[PairAggregate.LastCategory];

        var logAmount = RunningStatistics.SignedLog(x);
        for (var c = 0; c < CategoryCount; c++)
        {
            var v = categories[c]?.Values;
            values[AmountLogZs + c] = v is null
                ? float.NaN
                : ZScore(logAmount, v[CategoryAggregate.Count], v[CategoryAggregate.LogAmountMean], v[CategoryAggregate.LogAmountM2]);
        }

        return new TransactionFeatures(values);
    }

    /// <returns>The index after the last value written.</returns>
    private static int WriteEntity(float[] values, int at, FeatureVersion? version, double amount, long time, bool withMinMax)
    {
        var v = version?.Values;
        var count = v?[EntityAggregate.Count] ?? 0;
        var mean = v?[EntityAggregate.AmountMean] ?? double.NaN;
        var m2 = v?[EntityAggregate.AmountM2] ?? double.NaN;
        values[at++] = (float)count;
        values[at++] = (float)mean;
        values[at++] = (float)RunningStatistics.StandardDeviation(count, m2);
        if (withMinMax)
        {
            values[at++] = (float)(v?[EntityAggregate.AmountMin] ?? double.NaN);
            values[at++] = (float)(v?[EntityAggregate.AmountMax] ?? double.NaN);
        }

        values[at++] = ZScore(amount, count, mean, m2);
        values[at++] = HoursSince(version, time);
        return at;
    }

    private static void WriteShares(float[] values, int at, FeatureVersion? version)
    {
        var v = version?.Values;
        for (var c = 0; c < CategoryCount; c++)
        {
            values[at + c] = v is null ? 0f : (float)(v[EntityAggregate.FirstCategoryCount + c] / v[EntityAggregate.Count]);
        }
    }

    private static float ZScore(double x, double count, double mean, double m2)
    {
        var std = RunningStatistics.StandardDeviation(count, m2);
        return std > 0 ? (float)((x - mean) / std) : float.NaN;
    }

    private static float HoursSince(FeatureVersion? version, long time) =>
        version is null ? float.NaN : (float)((time - version.Time) / (double)TimeSpan.TicksPerHour);
}

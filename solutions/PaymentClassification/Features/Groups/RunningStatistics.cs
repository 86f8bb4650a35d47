namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// Welford's running mean and sum of squared deviations, kept in two slots of an aggregate vector: unlike a sum of
/// squares it does not lose precision when amounts are large and their spread is small.
/// </summary>
internal static class RunningStatistics
{
    /// <summary>Adds <paramref name="x"/> as the <paramref name="count"/>-th value (counting from 1).</summary>
    public static void Add(double[] values, int meanSlot, int m2Slot, double count, double x)
    {
        var delta = x - values[meanSlot];
        values[meanSlot] += delta / count;
        values[m2Slot] += delta * (x - values[meanSlot]);
    }

    /// <summary>The population standard deviation; undefined (NaN) below two values.</summary>
    public static double StandardDeviation(double count, double m2) => count >= 2 ? Math.Sqrt(m2 / count) : double.NaN;

    /// <summary>A logarithm that keeps the sign, for amounts (log-normal, and refunds may be negative).</summary>
    public static double SignedLog(double amount) => Math.Sign(amount) * Math.Log(1 + Math.Abs(amount));
}

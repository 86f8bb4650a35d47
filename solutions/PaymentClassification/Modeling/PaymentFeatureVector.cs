using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>
/// The model's inputs: the amount and the time of the payment (as numbers and as points on the daily and weekly
/// circles), then the feature store's point-in-time features (<see cref="TransactionFeatureNames.All"/>).
/// </summary>
public static class PaymentFeatureVector
{
    public const string Amount = "amount";
    public const string LogAmount = "log_amount";
    public const string Hour = "hour";
    public const string Weekday = "weekday";
    public const string DayOfMonth = "day_of_month";
    public const string Month = "month";
    public const string HourSin = "hour_sin";
    public const string HourCos = "hour_cos";
    public const string WeekdaySin = "weekday_sin";
    public const string WeekdayCos = "weekday_cos";

    /// <summary>The store's features; fixed so the ML.NET input column has a known size (checked at start-up).</summary>
    public const int StoreFeatureCount = 73;

    public const int Length = PaymentOwnFeatures + StoreFeatureCount;

    private const int PaymentOwnFeatures = 10;

    static PaymentFeatureVector()
    {
        if (TransactionFeatureNames.All.Count != StoreFeatureCount)
        {
            throw new InvalidOperationException(
                $"The feature store has {TransactionFeatureNames.All.Count} features but the model expects {StoreFeatureCount}; update {nameof(StoreFeatureCount)}.");
        }
    }

    /// <summary>The names of the vector's values, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        Amount, LogAmount, Hour, Weekday, DayOfMonth, Month, HourSin, HourCos, WeekdaySin, WeekdayCos,
        .. TransactionFeatureNames.All,
    ];

    /// <summary>The vector of <paramref name="transaction"/> with the store's features of it.</summary>
    public static float[] Compose(Transaction transaction, TransactionFeatures features)
    {
        var vector = new float[Length];
        var t = transaction.Timestamp;
        var amount = (double)transaction.Amount;
        var hour = t.Hour + t.Minute / 60.0;
        var weekday = PaymentTime.Weekday(t);
        vector[0] = (float)amount;
        vector[1] = (float)Math.Log(1 + amount);
        vector[2] = (float)hour;
        vector[3] = weekday;
        vector[4] = t.Day;
        vector[5] = t.Month;
        vector[6] = (float)Math.Sin(2 * Math.PI * hour / 24);
        vector[7] = (float)Math.Cos(2 * Math.PI * hour / 24);
        vector[8] = (float)Math.Sin(2 * Math.PI * weekday / 7);
        vector[9] = (float)Math.Cos(2 * Math.PI * weekday / 7);
        var store = features.Values;
        for (var i = 0; i < StoreFeatureCount; i++)
        {
            vector[PaymentOwnFeatures + i] = store[i];
        }
        return vector;
    }
}

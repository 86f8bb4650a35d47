using System.Globalization;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>
/// The public SageMaker example's features, for the baseline: the amount, the timestamp's parts, the raw ids as
/// numbers, and the distance of the amount to each category's mean amount. The means come from
/// <see cref="CategoryAmountMeans"/> fitted on the training rows only (the example used all rows: a leak).
/// </summary>
public static class BaselineFeatureVector
{
    public const string IdNumberSuffix = "_number";
    public const string DistancePrefix = "distance_to_mean_";

    private const int OwnFeatures = 8;

    public const int Length = OwnFeatures + 19;

    /// <summary>The names of the vector's values, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        PaymentFeatureVector.Amount, PaymentFeatureVector.Month, PaymentFeatureVector.DayOfMonth,
        PaymentFeatureVector.Hour, "minute", PaymentFeatureVector.Weekday,
        TransactionSchema.ReceiverColumn + IdNumberSuffix, TransactionSchema.SenderColumn + IdNumberSuffix,
        .. TransactionCategories.All.Select(c => TransactionFeatureNames.ForCategory(DistancePrefix, c)),
    ];

    /// <summary>The baseline vector of <paramref name="transaction"/> given the training rows' category means.</summary>
    public static float[] Compose(Transaction transaction, CategoryAmountMeans means)
    {
        var vector = new float[Length];
        var t = transaction.Timestamp;
        var amount = (double)transaction.Amount;
        vector[0] = (float)amount;
        vector[1] = t.Month;
        vector[2] = t.Day;
        vector[3] = t.Hour;
        vector[4] = t.Minute;
        vector[5] = PaymentTime.Weekday(t);
        vector[6] = IdNumber(transaction.ReceiverId);
        vector[7] = IdNumber(transaction.SenderId);
        for (var c = 0; c < means.Means.Count; c++)
        {
            vector[OwnFeatures + c] = (float)Math.Abs(amount - means.Means[c]);
        }
        return vector;
    }

    // A 16-digit id does not fit a float; its low 24 bits do, exactly, so each id keeps its own value
    // (up to rare collisions), as a raw id column does for a tree learner.
    private static float IdNumber(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number & 0xFFFFFF : float.NaN;
}

using System.Text;
using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// The stable names of the store's features, in the order of <see cref="TransactionFeatures.Values"/>. Undefined values
/// (no history yet, a standard deviation of fewer than two amounts) are NaN, which the tree learners treat as missing.
/// </summary>
public static class TransactionFeatureNames
{
    /// <summary>The receiver's earlier transactions.</summary>
    public const string ReceiverTxnCount = "receiver_txn_count";
    public const string ReceiverAmountMean = "receiver_amount_mean";
    public const string ReceiverAmountStd = "receiver_amount_std";
    public const string ReceiverAmountMin = "receiver_amount_min";
    public const string ReceiverAmountMax = "receiver_amount_max";

    /// <summary>The amount's z-score against the receiver's earlier amounts.</summary>
    public const string ReceiverAmountZ = "receiver_amount_z";
    public const string ReceiverHoursSinceLast = "receiver_hours_since_last";

    /// <summary>Prefix of the 19 shares of the receiver's earlier transactions per category (they sum to 1).</summary>
    public const string ReceiverSharePrefix = "receiver_share_";

    public const string SenderTxnCount = "sender_txn_count";
    public const string SenderAmountMean = "sender_amount_mean";
    public const string SenderAmountStd = "sender_amount_std";
    public const string SenderAmountZ = "sender_amount_z";
    public const string SenderHoursSinceLast = "sender_hours_since_last";

    /// <summary>The index in <see cref="TransactionCategories.All"/> of the sender's latest earlier transaction.</summary>
    public const string SenderLastCategory = "sender_last_category";

    /// <summary>Prefix of the 19 shares of the sender's earlier transactions per category.</summary>
    public const string SenderSharePrefix = "sender_share_";

    /// <summary>How many times this sender paid this receiver before.</summary>
    public const string PairTxnCount = "pair_txn_count";
    public const string PairHoursSinceLast = "pair_hours_since_last";
    public const string PairLastCategory = "pair_last_category";

    /// <summary>
    /// Prefix of the 19 z-scores of the signed log amount against each category's earlier log amounts: the public
    /// example's "distance to each category mean", but computed point-in-time.
    /// </summary>
    public const string AmountLogZPrefix = "amount_log_z_";

    public static IReadOnlyList<string> All { get; } =
    [
        ReceiverTxnCount, ReceiverAmountMean, ReceiverAmountStd, ReceiverAmountMin, ReceiverAmountMax,
        ReceiverAmountZ, ReceiverHoursSinceLast, .. PerCategory(ReceiverSharePrefix),
        SenderTxnCount, SenderAmountMean, SenderAmountStd, SenderAmountZ, SenderHoursSinceLast, SenderLastCategory,
        .. PerCategory(SenderSharePrefix),
        PairTxnCount, PairHoursSinceLast, PairLastCategory,
        .. PerCategory(AmountLogZPrefix),
    ];

    /// <summary>The name of a per-category feature, e.g. <c>receiver_share_food_and_dining</c>.</summary>
    public static string ForCategory(string prefix, string category) => prefix + Slug(category);

    /// <summary>A category as a lower-case identifier: "Food and Dining" becomes "food_and_dining".</summary>
    internal static string Slug(string category)
    {
        var slug = new StringBuilder(category.Length);
        foreach (var c in category)
        {
            slug.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        return slug.ToString();
    }

    private static IEnumerable<string> PerCategory(string prefix) =>
        TransactionCategories.All.Select(c => ForCategory(prefix, c));
}

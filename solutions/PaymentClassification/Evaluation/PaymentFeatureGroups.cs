using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Modeling;

namespace Solutions.PaymentClassification.Evaluation;

/// <summary>The store model's features grouped by where they come from, for <see cref="GroupImportance"/>.</summary>
public static class PaymentFeatureGroups
{
    public static IReadOnlyList<FeatureGroup> All { get; } =
    [
        Group("amount", n => n is PaymentFeatureVector.Amount or PaymentFeatureVector.LogAmount),
        Group("time of day and week", n => n is PaymentFeatureVector.Hour or PaymentFeatureVector.Weekday
            or PaymentFeatureVector.HourSin or PaymentFeatureVector.HourCos or PaymentFeatureVector.WeekdaySin or PaymentFeatureVector.WeekdayCos),
        Group("day of month and month", n => n is PaymentFeatureVector.DayOfMonth or PaymentFeatureVector.Month),
        Group("receiver history (store)", n => n.StartsWith("receiver_", StringComparison.Ordinal)),
        Group("sender history (store)", n => n.StartsWith("sender_", StringComparison.Ordinal)),
        Group("sender-receiver pair history (store)", n => n.StartsWith("pair_", StringComparison.Ordinal)),
        Group("amount against each category (store)", n => n.StartsWith(TransactionFeatureNames.AmountLogZPrefix, StringComparison.Ordinal)),
    ];

    private static FeatureGroup Group(string name, Func<string, bool> member) =>
        new(name, [.. PaymentFeatureVector.Names.Select((n, i) => (n, i)).Where(p => member(p.n)).Select(p => p.i)]);
}

namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>The store's four feature groups, defined once: their tables, keys and aggregates.</summary>
internal static class FeatureGroups
{
    public const string SenderIdColumn = "sender_id";
    public const string ReceiverIdColumn = "receiver_id";
    public const string CategoryColumn = "category";

    public static FeatureGroup Receiver { get; } = new(
        "receiver_features", [ReceiverIdColumn], EntityAggregate.Columns,
        e => new EntityKey(e.ReceiverId), EntityAggregate.Apply);

    public static FeatureGroup Sender { get; } = new(
        "sender_features", [SenderIdColumn], EntityAggregate.Columns,
        e => new EntityKey(e.SenderId), EntityAggregate.Apply);

    public static FeatureGroup Pair { get; } = new(
        "pair_features", [SenderIdColumn, ReceiverIdColumn], PairAggregate.Columns,
        e => new EntityKey(e.SenderId, e.ReceiverId), PairAggregate.Apply);

    public static FeatureGroup Category { get; } = new(
        "category_features", [CategoryColumn], CategoryAggregate.Columns,
        e => new EntityKey(e.Category), CategoryAggregate.Apply);

    public static IReadOnlyList<FeatureGroup> All { get; } = [Receiver, Sender, Pair, Category];
}

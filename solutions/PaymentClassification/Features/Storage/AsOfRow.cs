using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>The entity versions that applied just before one queried transaction (null: no earlier event).</summary>
internal sealed record AsOfRow(FeatureVersion? Receiver, FeatureVersion? Sender, FeatureVersion? Pair);

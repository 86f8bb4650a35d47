namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// One time-versioned row of a feature group: the entity's aggregates over all its events at or before
/// <see cref="Time"/> (ticks). Point-in-time reads take the latest version strictly before a transaction's time.
/// </summary>
internal sealed record FeatureVersion(EntityKey Key, long Time, double[] Values);

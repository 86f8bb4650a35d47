namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>The key of an entity in a feature group: one or two numbers (a pair group uses both).</summary>
internal readonly record struct EntityKey(long First, long Second = 0);

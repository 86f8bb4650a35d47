namespace Solutions.PaymentClassification.Evaluation;

/// <summary>Features that tell one story (e.g. the receiver's history), shuffled together for importance.</summary>
/// <param name="Name">How the report names the group.</param>
/// <param name="Indices">Positions in the feature vector.</param>
public sealed record FeatureGroup(string Name, IReadOnlyList<int> Indices);

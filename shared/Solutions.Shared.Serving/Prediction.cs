namespace Solutions.Shared.Serving;

/// <summary>One row's result.</summary>
/// <param name="Values">Output values keyed by <see cref="IPredictor.OutputColumns"/>: double, float, long, int, bool, string, DateTime or null.</param>
/// <param name="Explanation">Per-feature contributions to the score, when asked for and supported; largest magnitude first.</param>
public sealed record Prediction(
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<FeatureContribution>? Explanation = null);

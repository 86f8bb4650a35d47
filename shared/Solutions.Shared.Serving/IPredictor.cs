using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving;

/// <summary>
/// What a solution plugs into the serving contract: a loaded model that scores rows of its input schema.
/// Implementations must be safe to call from many requests at once (pool ML.NET prediction engines).
/// </summary>
public interface IPredictor
{
    /// <summary>The columns a request row holds, in the order a header-less CSV row gives them.</summary>
    TabularSchema InputSchema { get; }

    /// <summary>The names of the values each prediction returns, in CSV output order.</summary>
    IReadOnlyList<string> OutputColumns { get; }

    /// <summary>Scores rows already parsed and validated against <see cref="InputSchema"/>.</summary>
    /// <param name="rows">One array per row, in schema order; values are double, long, bool, string, DateTime or null (an optional column not given).</param>
    /// <param name="options">What the request asked for beyond the scores.</param>
    IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options);
}

/// <summary>Per-request switches, from SageMaker's request headers.</summary>
/// <param name="Explain">True when the request carried <c>X-Amzn-SageMaker-Enable-Explanations</c> with a true condition.</param>
public sealed record PredictionOptions(bool Explain = false);

/// <summary>One row's result.</summary>
/// <param name="Values">Output values keyed by <see cref="IPredictor.OutputColumns"/>.</param>
/// <param name="Explanation">Per-feature contributions to the score, when asked for and supported; largest magnitude first.</param>
public sealed record Prediction(
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<FeatureContribution>? Explanation = null);

/// <summary>How much one input feature moved a row's score.</summary>
public sealed record FeatureContribution(string Feature, double Contribution);

namespace Solutions.Shared.Serving;

/// <summary>Per-request switches, from SageMaker's request headers.</summary>
/// <param name="Explain">True when the request carried <c>X-Amzn-SageMaker-Enable-Explanations</c> with a true condition.</param>
public sealed record PredictionOptions(bool Explain = false)
{
    /// <summary>Scores only.</summary>
    public static PredictionOptions ScoresOnly { get; } = new(Explain: false);

    /// <summary>Scores with per-feature contributions.</summary>
    public static PredictionOptions Explained { get; } = new(Explain: true);
}

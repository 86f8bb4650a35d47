namespace Solutions.Endpoint.Configuration;

/// <summary>
/// One container: a model bundle served in process (<see cref="ModelDataUrl"/>) or any external server that
/// speaks the serving contract, <c>GET /ping</c> and <c>POST /invocations</c> (<see cref="Url"/>). Exactly one of the two.
/// </summary>
public sealed record ContainerConfig
{
    /// <summary>The name callers target in Direct mode and errors name; SageMaker's hostname rule (1-63 letters, digits, hyphens).</summary>
    public string ContainerHostname { get; init; } = "";

    /// <summary>A model bundle folder (holding manifest.json), relative to the repository root or absolute, e.g. <c>artifacts/churn/model</c>.</summary>
    public string? ModelDataUrl { get; init; }

    /// <summary>The base URL of an external container, e.g. <c>http://127.0.0.1:9001</c>; the host calls <c>{Url}/ping</c> and <c>{Url}/invocations</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The solution whose bundle <see cref="ModelDataUrl"/> holds, e.g. <c>ChurnPrediction</c>; needed by <c>--train-missing</c> and checked against the bundle's manifest.</summary>
    public string? Solution { get; init; }

    /// <summary>How long one invocation may take before the caller gets a ModelError.</summary>
    /// <value>The default is 60 seconds, SageMaker's limit.</value>
    public double TimeoutSeconds { get; init; } = 60;
}

namespace Solutions.Endpoint.Configuration;

/// <summary>How a multi-container endpoint runs its containers, as in CreateModel.</summary>
public sealed record InferenceExecutionConfig
{
    public ExecutionMode Mode { get; init; } = ExecutionMode.Serial;
}

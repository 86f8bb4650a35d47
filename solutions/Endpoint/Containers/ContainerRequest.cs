namespace Solutions.Endpoint.Containers;

/// <summary>What a container receives: the serving contract's <c>POST /invocations</c> request.</summary>
/// <param name="Body">The payload, at most 6 MiB.</param>
/// <param name="ContentType">Null when the caller sent none (boto3's default).</param>
/// <param name="Accept">Null to let the container answer in its default format.</param>
/// <param name="CustomAttributes">The caller's opaque <c>X-Amzn-SageMaker-Custom-Attributes</c>, forwarded verbatim.</param>
/// <param name="InferenceId">The caller's <c>X-Amzn-SageMaker-Inference-Id</c>, for logs.</param>
/// <param name="EnableExplanations">The caller's <c>X-Amzn-SageMaker-Enable-Explanations</c>.</param>
public sealed record ContainerRequest(
    ReadOnlyMemory<byte> Body,
    string? ContentType = null,
    string? Accept = null,
    string? CustomAttributes = null,
    string? InferenceId = null,
    string? EnableExplanations = null);

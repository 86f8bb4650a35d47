using Solutions.Endpoint.Containers;

namespace Solutions.Endpoint.Invocation;

/// <summary>How one InvokeEndpoint call ended: the answering container's response, or the error the caller gets.</summary>
/// <param name="Response">The last container's successful response; null on error.</param>
/// <param name="ContainerHostname">The container that answered or failed; null when no container was reached.</param>
/// <param name="Error">The error; null on success.</param>
public sealed record InvocationResult(ContainerResponse? Response, string? ContainerHostname, RuntimeError? Error)
{
    /// <summary>The time spent in container calls (all of them in serial mode): SageMaker's ModelLatency.</summary>
    public TimeSpan ModelLatency { get; init; }

    public static InvocationResult Success(ContainerResponse response, string containerHostname) => new(response, containerHostname, null);

    public static InvocationResult Failure(RuntimeError error, string? containerHostname = null) => new(null, containerHostname, error);
}

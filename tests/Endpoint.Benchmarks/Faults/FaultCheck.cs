namespace Solutions.Endpoint.Benchmarks.Faults;

/// <summary>
/// What the fault check saw: requests to a container that throws, and how many came back as SageMaker's
/// <c>ModelError</c> (424 with <c>x-amzn-ErrorType: ModelError</c> and the container's own status), interleaved
/// with requests to a healthy container on the same endpoint.
/// </summary>
/// <param name="FailingRequests">Requests that targeted the throwing container.</param>
/// <param name="ModelErrors">Of those, answers that were a complete ModelError.</param>
/// <param name="HealthyRequests">Requests that targeted the healthy container.</param>
/// <param name="HealthyAnswers">Of those, 200 answers.</param>
/// <param name="SampleError">The first ModelError's body, to show its fields.</param>
/// <param name="Unexpected">The first few answers that were neither, status and body.</param>
public sealed record FaultCheck(
    int FailingRequests, int ModelErrors, int HealthyRequests, int HealthyAnswers, string? SampleError, IReadOnlyList<string> Unexpected)
{
    public bool Passed => ModelErrors == FailingRequests && HealthyAnswers == HealthyRequests && FailingRequests > 0 && HealthyRequests > 0;
}

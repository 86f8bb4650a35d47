namespace Solutions.Endpoint.Metrics;

/// <summary>
/// The figures SageMaker reports to CloudWatch for one container of an endpoint's variant (or, with no container, for a
/// serial pipeline as a whole and for requests that named no known container).
/// </summary>
public sealed class ContainerMetrics
{
    /// <summary>InvokeEndpoint requests, successful or not.</summary>
    public MetricCounter Invocations { get; } = new();

    /// <summary>Requests answered with a 4xx (for a ModelError: the container's own status was 4xx).</summary>
    public MetricCounter Invocation4XXErrors { get; } = new();

    /// <summary>Requests answered with a 5xx (for a ModelError: the container answered 5xx or not at all).</summary>
    public MetricCounter Invocation5XXErrors { get; } = new();

    /// <summary>Time the model took: the container call in direct mode, every container's calls in serial mode.</summary>
    public LatencyHistogram ModelLatency { get; } = new();

    /// <summary>Time the host added: the whole request (reading, authenticating, routing, writing) minus <see cref="ModelLatency"/>.</summary>
    public LatencyHistogram OverheadLatency { get; } = new();

    /// <summary>Time of each call to this container, as the host saw it.</summary>
    public LatencyHistogram ContainerLatency { get; } = new();

    /// <summary>Time to load the model (at start, on demand, or a new version beside the old).</summary>
    public LatencyHistogram ModelLoadingTime { get; } = new();

    /// <summary>Time a request waited for its model to load on demand.</summary>
    public LatencyHistogram ModelLoadingWaitTime { get; } = new();

    /// <summary>Time to unload the model when the memory budget needed the room.</summary>
    public LatencyHistogram ModelUnloadingTime { get; } = new();

    /// <summary>Requests, with a model cache configured, that found their model already loaded.</summary>
    public MetricCounter ModelCacheHit { get; } = new();

    /// <summary>Counts one finished request: 4xx/5xx by <paramref name="status"/>.</summary>
    public void CountInvocation(int status)
    {
        Invocations.Increment();
        if (status is >= 400 and < 500)
        {
            Invocation4XXErrors.Increment();
        }
        else if (status >= 500)
        {
            Invocation5XXErrors.Increment();
        }
    }
}

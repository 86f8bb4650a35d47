namespace Solutions.Endpoint.Containers;

/// <summary>
/// One container of an endpoint: something that answers the serving contract's <c>/invocations</c>. Wrap it to
/// add behaviour (metrics, lazy loading, hot swapping) without the endpoint noticing.
/// </summary>
public interface IContainer
{
    /// <summary>The container's <c>ContainerHostname</c>.</summary>
    string Hostname { get; }

    ContainerState State { get; }

    /// <summary>Why the container is <see cref="ContainerState.Failed"/> (or, while loading, what it waits for); null when ready.</summary>
    string? FailureReason { get; }

    /// <summary>True while a model is in memory (what <c>LoadedModelCount</c> counts); a lazily loaded model may be Ready but not loaded.</summary>
    bool IsLoaded => State == ContainerState.Ready;

    /// <summary>Makes the container ready (loads the bundle, or waits for an external <c>/ping</c>); never throws, ends in Ready or Failed.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Runs one invocation. Call only when <see cref="State"/> is Ready.</summary>
    /// <returns>The container's answer, whatever its status; a non-2xx answer is the model's error, not the host's.</returns>
    /// <exception cref="ContainerUnreachableException">No HTTP answer at all: a timeout or a refused connection.</exception>
    /// <exception cref="ContainerUnavailableException">The model could not be loaded to answer (a lazily loaded bundle that is corrupt).</exception>
    Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken);
}

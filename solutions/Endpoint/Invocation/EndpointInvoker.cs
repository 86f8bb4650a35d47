using System.Diagnostics;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Invocation;

/// <summary>
/// Runs one InvokeEndpoint call against an endpoint's containers: Direct sends it to the named container;
/// Serial passes each container's body and Content-Type to the next, the caller's Accept going to the last.
/// </summary>
public static class EndpointInvoker
{
    /// <param name="endpoint">The endpoint invoked.</param>
    /// <param name="targetContainerHostname">The <c>X-Amzn-SageMaker-Target-Container-Hostname</c> header; null when absent.</param>
    /// <param name="request">The caller's body and headers.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    public static async Task<InvocationResult> InvokeAsync(
        HostedEndpoint endpoint, string? targetContainerHostname, ContainerRequest request, CancellationToken cancellationToken)
    {
        if (endpoint.Mode == ExecutionMode.Direct)
        {
            return await InvokeDirectAsync(endpoint, targetContainerHostname, request, cancellationToken).ConfigureAwait(false);
        }
        if (targetContainerHostname is not null)
        {
            return InvocationResult.Failure(RuntimeError.Validation(
                $"Endpoint {endpoint.Name} runs its containers serially; " +
                $"{RuntimeHeaders.TargetContainerHostname} applies to direct invocation only. Send the request without it."));
        }
        return await InvokeSerialAsync(endpoint, request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<InvocationResult> InvokeDirectAsync(
        HostedEndpoint endpoint, string? target, ContainerRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(target))
        {
            return InvocationResult.Failure(RuntimeError.Validation(
                $"Endpoint {endpoint.Name} uses direct invocation; name the container in {RuntimeHeaders.TargetContainerHostname} " +
                $"(one of: {Hostnames(endpoint)})."));
        }
        var container = endpoint.FindContainer(target);
        if (container is null)
        {
            return InvocationResult.Failure(RuntimeError.Validation(
                $"Container {target} not found on endpoint {endpoint.Name} (its containers: {Hostnames(endpoint)})."));
        }
        if (NotReady(endpoint, container) is { } notReady)
        {
            return InvocationResult.Failure(notReady, container.Hostname);
        }
        var (response, failure, elapsed) = await CallAsync(endpoint, container, request, step: null, cancellationToken).ConfigureAwait(false);
        var result = failure is null
            ? InvocationResult.Success(response!, container.Hostname)
            : InvocationResult.Failure(failure, container.Hostname);
        return result with { ModelLatency = elapsed };
    }

    private static async Task<InvocationResult> InvokeSerialAsync(
        HostedEndpoint endpoint, ContainerRequest request, CancellationToken cancellationToken)
    {
        var containers = endpoint.Containers;
        // Every step must be ready before the first runs, so a pipeline never does half the work.
        foreach (var container in containers)
        {
            if (NotReady(endpoint, container) is { } notReady)
            {
                return InvocationResult.Failure(notReady, container.Hostname);
            }
        }
        var step = request;
        ContainerResponse? response = null;
        var modelLatency = TimeSpan.Zero;
        for (var i = 0; i < containers.Count; i++)
        {
            var last = i == containers.Count - 1;
            var stepRequest = step with { Accept = last ? request.Accept : null };
            var (answer, failure, elapsed) = await CallAsync(endpoint, containers[i], stepRequest, (i + 1, containers.Count), cancellationToken)
                .ConfigureAwait(false);
            modelLatency += elapsed;
            if (failure is not null)
            {
                return InvocationResult.Failure(failure, containers[i].Hostname) with { ModelLatency = modelLatency };
            }
            response = answer!;
            step = request with { Body = response.Body, ContentType = response.ContentType };
        }
        return InvocationResult.Success(response!, containers[^1].Hostname) with { ModelLatency = modelLatency };
    }

    private static async Task<(ContainerResponse? Response, RuntimeError? Failure, TimeSpan Elapsed)> CallAsync(
        HostedEndpoint endpoint, IContainer container, ContainerRequest request, (int Index, int Count)? step,
        CancellationToken cancellationToken)
    {
        var where = step is { } s
            ? $"{container.Hostname} (container {s.Index} of {s.Count} in the serial pipeline)"
            : container.Hostname;
        ContainerResponse response;
        var started = Stopwatch.GetTimestamp();
        try
        {
            response = await container.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerUnreachableException unreachable)
        {
            return (null, ModelError(endpoint, container, where, 0, unreachable.Message), Timed(endpoint, container, started));
        }
        catch (ContainerUnavailableException unavailable)
        {
            return (null, RuntimeError.ServiceUnavailable(
                $"Container {container.Hostname} of endpoint {endpoint.Name} is unavailable: {unavailable.Message}"), Timed(endpoint, container, started));
        }
        var elapsed = Timed(endpoint, container, started);
        return response.IsSuccess
            ? (response, null, elapsed)
            : (null, ModelError(endpoint, container, where, response.StatusCode, ContainerMessage.Read(response.Body)), elapsed);
    }

    private static TimeSpan Timed(HostedEndpoint endpoint, IContainer container, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        endpoint.Metrics.For(container.Hostname).ContainerLatency.Record(elapsed);
        return elapsed;
    }

    private static RuntimeError ModelError(HostedEndpoint endpoint, IContainer container, string where, int status, string message)
    {
        var logStream = endpoint.LogStreamArn(container.Hostname);
        var kind = status is >= 400 and < 500 ? "client" : "server";
        return RuntimeError.ModelError(
            $"Received {kind} error ({status}) from {where} with message \"{message}\". See {logStream} for more information.",
            new ModelFailure(container.Hostname, status, message, logStream));
    }

    private static RuntimeError? NotReady(HostedEndpoint endpoint, IContainer container) => container.State switch
    {
        ContainerState.Ready => null,
        ContainerState.Loading => RuntimeError.ModelNotReady(
            $"Container {container.Hostname} of endpoint {endpoint.Name} is not ready yet ({container.FailureReason}); retry shortly."),
        _ => RuntimeError.ServiceUnavailable(
            $"Container {container.Hostname} of endpoint {endpoint.Name} is unavailable: {container.FailureReason}"),
    };

    private static string Hostnames(HostedEndpoint endpoint) => string.Join(", ", endpoint.Containers.Select(c => c.Hostname));
}

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
        var (response, failure) = await CallAsync(endpoint, container, request, step: null, cancellationToken).ConfigureAwait(false);
        return failure is null
            ? InvocationResult.Success(response!, container.Hostname)
            : InvocationResult.Failure(failure, container.Hostname);
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
        for (var i = 0; i < containers.Count; i++)
        {
            var last = i == containers.Count - 1;
            var stepRequest = step with { Accept = last ? request.Accept : null };
            var (answer, failure) = await CallAsync(endpoint, containers[i], stepRequest, (i + 1, containers.Count), cancellationToken)
                .ConfigureAwait(false);
            if (failure is not null)
            {
                return InvocationResult.Failure(failure, containers[i].Hostname);
            }
            response = answer!;
            step = request with { Body = response.Body, ContentType = response.ContentType };
        }
        return InvocationResult.Success(response!, containers[^1].Hostname);
    }

    private static async Task<(ContainerResponse? Response, RuntimeError? Failure)> CallAsync(
        HostedEndpoint endpoint, IContainer container, ContainerRequest request, (int Index, int Count)? step,
        CancellationToken cancellationToken)
    {
        var where = step is { } s
            ? $"{container.Hostname} (container {s.Index} of {s.Count} in the serial pipeline)"
            : container.Hostname;
        ContainerResponse response;
        try
        {
            response = await container.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerUnreachableException unreachable)
        {
            return (null, ModelError(endpoint, container, where, 0, unreachable.Message));
        }
        return response.IsSuccess
            ? (response, null)
            : (null, ModelError(endpoint, container, where, response.StatusCode, ContainerMessage.Read(response.Body)));
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

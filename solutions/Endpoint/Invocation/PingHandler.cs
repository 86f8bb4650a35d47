using Microsoft.AspNetCore.Http;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Invocation;

/// <summary>
/// <c>GET /ping</c>: 200 with an empty body once every container of every endpoint is ready (a lazily loaded model counts as
/// ready until its bundle fails to load), else 503 naming those that are not; 503 from the moment the host starts stopping.
/// </summary>
internal sealed class PingHandler(EndpointCatalog catalog, DrainGate drain)
{
    public Task HandleAsync(HttpContext context)
    {
        if (drain.IsDraining)
        {
            return RuntimeErrorResponse.WriteAsync(context.Response, RuntimeError.ServiceUnavailable("shutting down: draining invocations in flight"));
        }
        var waiting = catalog.Endpoints
            .SelectMany(endpoint => endpoint.Containers
                .Where(container => container.State != ContainerState.Ready)
                .Select(container => $"{endpoint.Name}/{container.Hostname} {container.State.ToString().ToLowerInvariant()}: {container.FailureReason}"))
            .ToList();
        if (waiting.Count == 0)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentLength = 0;
            return Task.CompletedTask;
        }
        return RuntimeErrorResponse.WriteAsync(context.Response,
            RuntimeError.ServiceUnavailable($"not ready: {string.Join("; ", waiting)}"));
    }
}

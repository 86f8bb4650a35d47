using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Solutions.Endpoint.Metrics;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Invocation;

/// <summary>Maps SageMaker Runtime's InvokeEndpoint, the host's health check and its Prometheus metrics.</summary>
public static class InvokeEndpointApi
{
    /// <summary>The route of InvokeEndpoint, as the AWS SDKs call it.</summary>
    public const string InvocationsRoute = "/endpoints/{" + InvokeEndpointHandler.EndpointNameRouteValue + "}/invocations";

    public static IEndpointRouteBuilder MapInvokeEndpointApi(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var invoke = services.GetRequiredService<InvokeEndpointHandler>();
        var ping = services.GetRequiredService<PingHandler>();
        var metrics = services.GetRequiredService<MetricsHandler>();
        // Plain RequestDelegates: no parameter binding on the hot path.
        endpoints.MapPost(InvocationsRoute, (RequestDelegate)invoke.HandleAsync);
        endpoints.MapGet(ServingContract.PingPath, (RequestDelegate)ping.HandleAsync);
        endpoints.MapGet(MetricsHandler.Path, (RequestDelegate)metrics.HandleAsync);
        return endpoints;
    }
}

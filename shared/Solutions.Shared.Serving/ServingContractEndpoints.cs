using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Solutions.Shared.Serving.Endpoints;

namespace Solutions.Shared.Serving;

/// <summary>Maps SageMaker's <c>GET /ping</c> and <c>POST /invocations</c>.</summary>
public static class ServingContractEndpoints
{
    /// <summary>Maps the two endpoints; call <see cref="ServingContractServices.AddServingContract(Microsoft.Extensions.DependencyInjection.IServiceCollection, Func{CancellationToken, Task{IPredictor}})"/> first.</summary>
    public static IEndpointRouteBuilder MapServingContract(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var ping = services.GetService<PingEndpoint>() ?? throw new InvalidOperationException(
            "MapServingContract needs services.AddServingContract(loader) first");
        var invocations = services.GetRequiredService<InvocationsEndpoint>();
        // Plain RequestDelegates: no parameter binding on the hot path.
        endpoints.MapGet(ServingContract.PingPath, (RequestDelegate)ping.HandleAsync);
        endpoints.MapPost(ServingContract.InvocationsPath, (RequestDelegate)invocations.HandleAsync);
        return endpoints;
    }
}

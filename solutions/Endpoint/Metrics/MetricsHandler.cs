using Microsoft.AspNetCore.Http;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Metrics;

/// <summary><c>GET /metrics</c>: the Prometheus scrape target.</summary>
internal sealed class MetricsHandler(EndpointCatalog catalog)
{
    public const string Path = "/metrics";

    public Task HandleAsync(HttpContext context)
    {
        context.Response.ContentType = PrometheusExposition.ContentType;
        return context.Response.WriteAsync(PrometheusExposition.Write(catalog), context.RequestAborted);
    }
}

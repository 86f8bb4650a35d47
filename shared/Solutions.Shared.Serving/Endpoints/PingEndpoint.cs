using Microsoft.AspNetCore.Http;
using Solutions.Shared.Serving.Hosting;

namespace Solutions.Shared.Serving.Endpoints;

/// <summary><c>GET /ping</c>: 200 with an empty body once the model is loaded, else 503 saying why.</summary>
internal sealed class PingEndpoint(PredictorSlot slot)
{
    public Task HandleAsync(HttpContext context)
    {
        if (slot.Model is null)
        {
            return MessageResponse.WriteAsync(context.Response, StatusCodes.Status503ServiceUnavailable, slot.NotReadyMessage);
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }
}

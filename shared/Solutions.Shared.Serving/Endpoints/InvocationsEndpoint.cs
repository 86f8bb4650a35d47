using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Hosting;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Shared.Serving.Endpoints;

/// <summary>
/// <c>POST /invocations</c>: reads CSV, JSON or JSON Lines rows, scores them, answers in the format Accept asks
/// for; or hands a document model its document (see <see cref="InvocationProcessor"/>). Bad input gets 400/406/413/415 with a <c>{"message"}</c> body;
/// only a broken predictor gets 500.
/// </summary>
internal sealed class InvocationsEndpoint(PredictorSlot slot, ILogger<InvocationsEndpoint> logger)
{
    private const int ResponseBytesPerRow = 128;

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        var processor = slot.Model;
        if (processor is null)
        {
            await MessageResponse.WriteAsync(response, StatusCodes.Status503ServiceUnavailable, slot.NotReadyMessage);
            return;
        }
        try
        {
            var request = context.Request;
            // Header checks come first so a refused request costs no body read.
            var headers = request.Headers;
            var negotiated = processor.Negotiate(
                request.ContentType, headers.Accept.ToString(), headers[ServingContract.ExplanationsHeader],
                headers[ServingContract.CustomAttributesHeader]);
            using var body = await RequestBody.ReadAsync(request, ServingContract.MaxRequestBodyBytes, context.RequestAborted);
            using var output = new PooledBuffer(ResponseBytesPerRow);
            response.ContentType = processor.Process(negotiated, body.WrittenMemory, output);
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = output.Count;
            await response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted);
        }
        catch (InvocationRejectedException rejected)
        {
            await MessageResponse.WriteAsync(response, rejected.StatusCode, rejected.Message);
        }
        catch (BadHttpRequestException bad)
        {
            // Kestrel's own refusals while reading the body (for example a malformed chunk).
            await MessageResponse.WriteAsync(response, bad.StatusCode, bad.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is no one to answer.
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "{Path} failed", ServingContract.InvocationsPath);
            if (!response.HasStarted)
            {
                await MessageResponse.WriteAsync(response, StatusCodes.Status500InternalServerError,
                    "the model failed to score the request; see the server log");
            }
        }
    }
}

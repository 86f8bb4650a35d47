using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Hosting;
using Solutions.Shared.Serving.Requests;
using Solutions.Shared.Serving.Responses;

namespace Solutions.Shared.Serving.Endpoints;

/// <summary>
/// <c>POST /invocations</c>: reads CSV, JSON or JSON Lines rows, scores them, answers in the format Accept asks
/// for. Bad input gets 400/406/413/415 with a <c>{"message"}</c> body; only a broken predictor gets 500.
/// </summary>
internal sealed class InvocationsEndpoint(PredictorSlot slot, ILogger<InvocationsEndpoint> logger)
{
    private const string CsvResponseType = ServingContract.CsvMediaType + "; charset=utf-8";
    private const int ResponseBytesPerRow = 128;

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        var model = slot.Model;
        if (model is null)
        {
            await MessageResponse.WriteAsync(response, StatusCodes.Status503ServiceUnavailable, slot.NotReadyMessage);
            return;
        }
        try
        {
            var request = context.Request;
            // Header checks come first so a refused request costs no body read.
            var requestFormat = ContentNegotiation.RequestFormat(request.ContentType);
            var responseFormat = ContentNegotiation.ResponseFormat(request.Headers.Accept.ToString());
            var options = ExplanationSwitch.Parse(request.Headers[ServingContract.ExplanationsHeader]);
            using var body = await RequestBody.ReadAsync(request, ServingContract.MaxRequestBodyBytes, context.RequestAborted);
            var payload = body.WrittenMemory;
            if (payload.Span.StartsWith("\uFEFF"u8))
            {
                payload = payload[3..];
            }
            if (payload.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
            {
                throw InvocationRejectedException.BadRequest("the request body is empty");
            }
            var format = requestFormat ?? ContentNegotiation.Sniff(payload.Span);
            var rows = format switch
            {
                PayloadFormat.Csv => CsvInstances.Read(payload.Span, model),
                PayloadFormat.Json => JsonInstances.ReadDocument(payload, model),
                _ => JsonInstances.ReadLines(payload, model),
            };
            var predictions = Predict(model, rows, options);
            await WriteAsync(response, predictions, model.OutputColumns, responseFormat ?? format);
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

    private static IReadOnlyList<Prediction> Predict(ServedModel model, List<object?[]> rows, PredictionOptions options)
    {
        IReadOnlyList<Prediction> predictions;
        try
        {
            predictions = model.Predictor.Predict(rows, options);
        }
        catch (Exception refused) when (refused is ArgumentException or FormatException)
        {
            // The IPredictor contract: these mean "this input cannot be scored", which is the caller's to fix.
            throw InvocationRejectedException.BadRequest(refused.Message);
        }
        if (predictions is null || predictions.Count != rows.Count)
        {
            throw new InvalidOperationException(
                $"the predictor returned {predictions?.Count ?? 0} predictions for {rows.Count} rows");
        }
        return predictions;
    }

    private static async Task WriteAsync(
        HttpResponse response, IReadOnlyList<Prediction> predictions, string[] outputs, PayloadFormat format)
    {
        using var buffer = new PooledBuffer(ResponseBytesPerRow * predictions.Count);
        switch (format)
        {
            case PayloadFormat.Csv:
                CsvPredictionWriter.Write(buffer, predictions, outputs);
                response.ContentType = CsvResponseType;
                break;
            case PayloadFormat.Json:
                JsonPredictionWriter.WriteDocument(buffer, predictions, outputs);
                response.ContentType = ServingContract.JsonMediaType;
                break;
            default:
                JsonPredictionWriter.WriteLines(buffer, predictions, outputs);
                response.ContentType = ServingContract.JsonLinesMediaType;
                break;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = buffer.Count;
        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted);
    }
}

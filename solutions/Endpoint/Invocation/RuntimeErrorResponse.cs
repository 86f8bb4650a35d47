using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Endpoint.Invocation;

/// <summary>Writes a <see cref="RuntimeError"/>: status, <c>x-amzn-ErrorType</c>, and <c>{"message", ...}</c> in the body.</summary>
internal static class RuntimeErrorResponse
{
    public const string ContentType = "application/json";

    public static async Task WriteAsync(HttpResponse response, RuntimeError error)
    {
        using var buffer = new PooledBuffer(256 + error.Message.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Model is { } model)
            {
                // ModelError's members, named as in the SageMaker Runtime model, so the SDKs fill them in.
                writer.WriteNumber("OriginalStatusCode", model.OriginalStatusCode);
                writer.WriteString("OriginalMessage", model.OriginalMessage);
                writer.WriteString("LogStreamArn", model.LogStreamArn);
            }
            writer.WriteEndObject();
        }
        response.StatusCode = error.StatusCode;
        response.ContentType = ContentType;
        response.Headers[RuntimeHeaders.ErrorType] = error.Code;
        response.ContentLength = buffer.Count;
        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted);
    }
}

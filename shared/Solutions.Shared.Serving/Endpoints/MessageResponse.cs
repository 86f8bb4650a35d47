using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Responses;

namespace Solutions.Shared.Serving.Endpoints;

/// <summary>Writes the contract's error body: <c>{"message": "..."}</c>.</summary>
internal static class MessageResponse
{
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    public static async Task WriteAsync(HttpResponse response, int statusCode, string message)
    {
        using var buffer = new PooledBuffer(message.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer, JsonPredictionWriter.Options))
        {
            writer.WriteStartObject();
            writer.WriteString(MessageName, message);
            writer.WriteEndObject();
        }
        response.StatusCode = statusCode;
        response.ContentType = ServingContract.JsonMediaType;
        response.ContentLength = buffer.Count;
        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted);
    }
}

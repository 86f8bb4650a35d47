using System.Text.Json;

namespace Solutions.Endpoint.Containers;

/// <summary>The serving contract's error body, <c>{"message": "..."}</c>, as an in-process container answers it.</summary>
internal static class ContainerMessage
{
    public const string ContentType = "application/json";

    public static byte[] Json(string message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The <c>message</c> of a contract error body, else the body as text (cut short), for ModelError's OriginalMessage.</summary>
    public static string Read(byte[] body)
    {
        const int Limit = 1024;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("message", out var message) || document.RootElement.TryGetProperty("Message", out message))
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not JSON: the raw text is the best message there is.
        }
        var text = System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, Limit)));
        return body.Length > Limit ? text + "…" : text;
    }
}

using System.Text.Json;
using Solutions.Endpoint.Invocation;

namespace Solutions.Endpoint.Tests;

/// <summary>An InvokeEndpoint response read the way the AWS SDKs read it: status, error code header, body, headers.</summary>
internal sealed record RuntimeAnswer(int Status, string? ErrorCode, string Body, string? ContentType, HttpResponseMessage Response)
{
    public static async Task<RuntimeAnswer> ReadAsync(HttpResponseMessage response) => new(
        (int)response.StatusCode,
        response.Headers.TryGetValues(RuntimeHeaders.ErrorType, out var codes) ? codes.Single() : null,
        await response.Content.ReadAsStringAsync(),
        response.Content.Headers.ContentType?.ToString(),
        response);

    public string? Header(string name) => Response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Message => Json.GetProperty("message").GetString()!;
}

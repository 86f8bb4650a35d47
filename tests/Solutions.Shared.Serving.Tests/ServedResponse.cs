using System.Net;
using System.Text.Json;

namespace Solutions.Shared.Serving.Tests;

/// <summary>Reads what tests assert on: status, media type and body text, plus the error message when JSON.</summary>
internal sealed record ServedResponse(HttpStatusCode Status, string? MediaType, string Body)
{
    public static async Task<ServedResponse> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    /// <summary>The "message" of an error body.</summary>
    public string Message
    {
        get
        {
            Assert.Equal("application/json", MediaType);
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.GetProperty("message").GetString()!;
        }
    }
}

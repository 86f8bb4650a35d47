using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>The serving contract over a document predictor, on the in-process test server.</summary>
internal sealed class DocumentTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DocumentTestServer(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Starts the server and waits until /ping says the model is loaded.</summary>
    public static async Task<DocumentTestServer> StartAsync(IDocumentPredictor predictor)
    {
        var app = ServingHost.Build(() => predictor, new ServingOptions { ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await app.StartAsync();
        var server = new DocumentTestServer(app);
        // The poll count only bounds a broken test; the predictor is already in memory.
        for (var poll = 0; poll < 2_000; poll++)
        {
            if ((await server.Client.GetAsync(ServingContract.PingPath)).StatusCode == HttpStatusCode.OK) return server;
            await Task.Delay(5);
        }
        throw new InvalidOperationException("the model never became ready");
    }

    /// <summary>POSTs a body to /invocations; headers given as null are left out.</summary>
    public Task<HttpResponseMessage> InvokeAsync(byte[] body, string? contentType, string? accept = null, string? customAttributes = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ServingContract.InvocationsPath) { Content = new ByteArrayContent(body) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (customAttributes is not null) request.Headers.TryAddWithoutValidation(ServingContract.CustomAttributesHeader, customAttributes);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

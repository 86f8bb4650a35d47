using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Solutions.Shared.Serving;

namespace Solutions.Shared.Testing;

/// <summary>The serving contract over any predictor, on the in-process test server.</summary>
public sealed class ServingTestServer : IAsyncDisposable
{
    private const int ReadinessPolls = 2_000;

    private readonly WebApplication _app;

    private ServingTestServer(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Starts the server and waits until /ping says the model is loaded.</summary>
    public static async Task<ServingTestServer> StartAsync(IPredictor predictor)
    {
        var app = ServingHost.Build(() => predictor, new ServingOptions { ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await app.StartAsync();
        var server = new ServingTestServer(app);
        // The poll count only bounds a broken test; the predictor is already in memory.
        for (var poll = 0; poll < ReadinessPolls; poll++)
        {
            if ((await server.Client.GetAsync(ServingContract.PingPath)).StatusCode == HttpStatusCode.OK)
            {
                return server;
            }
            await Task.Delay(5);
        }
        throw new InvalidOperationException("the model never became ready");
    }

    public Task<HttpResponseMessage> InvokeAsync(string body, string contentType, string? accept = null, string? explanations = null) =>
        InvokeAsync(Encoding.UTF8.GetBytes(body), contentType, accept, explanations);

    public Task<HttpResponseMessage> InvokeAsync(byte[] body, string contentType, string? accept = null, string? explanations = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, ServingContract.InvocationsPath) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (explanations is not null)
        {
            request.Headers.TryAddWithoutValidation(ServingContract.ExplanationsHeader, explanations);
        }
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

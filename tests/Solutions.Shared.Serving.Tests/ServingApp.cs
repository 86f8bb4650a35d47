using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests;

/// <summary>A <see cref="ServingHost"/> app on the in-process test server, with a client and captured logs.</summary>
internal sealed class ServingApp : IAsyncDisposable
{
    private const int ReadinessPolls = 2000;

    private readonly WebApplication _app;

    private ServingApp(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static Task<ServingApp> StartAsync(Func<CancellationToken, Task<IPredictor>> loader) =>
        BuildAndStartAsync(options => ServingHost.Build(loader, options));

    public static Task<ServingApp> StartAsync(Func<IPredictor> loader) =>
        BuildAndStartAsync(options => ServingHost.Build(loader, options));

    public static Task<ServingApp> StartAsync(Func<IDocumentPredictor> loader) =>
        BuildAndStartAsync(options => ServingHost.Build(loader, options));

    private static async Task<ServingApp> BuildAndStartAsync(Func<ServingOptions, WebApplication> build)
    {
        var logs = new CapturedLogs();
        var app = build(new ServingOptions
        {
            ConfigureBuilder = builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.AddProvider(logs);
            },
        });
        await app.StartAsync();
        return new ServingApp(app, logs);
    }

    /// <summary>Starts with a model that loads at once and waits until /ping says so.</summary>
    public static async Task<ServingApp> StartLoadedAsync(IPredictor predictor)
    {
        var served = await StartAsync(_ => Task.FromResult(predictor));
        await served.WaitForPingAsync(HttpStatusCode.OK);
        return served;
    }

    /// <summary>Starts with a document model that loads at once and waits until /ping says so.</summary>
    public static async Task<ServingApp> StartLoadedAsync(IDocumentPredictor predictor)
    {
        var served = await StartAsync(() => predictor);
        await served.WaitForPingAsync(HttpStatusCode.OK);
        return served;
    }

    /// <summary>Polls /ping until it answers <paramref name="expected"/>; the poll count only bounds a broken test.</summary>
    public async Task<HttpResponseMessage> WaitForPingAsync(HttpStatusCode expected, Func<string, bool>? bodyMatches = null)
    {
        HttpResponseMessage? last = null;
        for (var poll = 0; poll < ReadinessPolls; poll++)
        {
            last = await Client.GetAsync(ServingContract.PingPath);
            if (last.StatusCode == expected && (bodyMatches is null || bodyMatches(await last.Content.ReadAsStringAsync())))
            {
                return last;
            }
            await Task.Delay(5);
        }
        return last!;
    }

    public Task<HttpResponseMessage> InvokeAsync(
        string body, string? contentType, string? accept = null, string? explanations = null) =>
        InvokeAsync(new ByteArrayContent(Encoding.UTF8.GetBytes(body)), contentType, accept, explanations);

    public Task<HttpResponseMessage> InvokeAsync(
        HttpContent content, string? contentType, string? accept = null, string? explanations = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ServingContract.InvocationsPath) { Content = content };
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
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

    /// <summary>POSTs a binary document; headers with a null value are left out.</summary>
    public Task<HttpResponseMessage> InvokeDocumentAsync(
        byte[] body, string? contentType, string? accept = null, string? customAttributes = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ServingContract.InvocationsPath) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (customAttributes is not null)
        {
            request.Headers.TryAddWithoutValidation(ServingContract.CustomAttributesHeader, customAttributes);
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

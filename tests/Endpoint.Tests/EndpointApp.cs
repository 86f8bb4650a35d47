using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Tests.Fakes;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests;

/// <summary>The endpoint host on the in-process test server, with a client that speaks InvokeEndpoint.</summary>
internal sealed class EndpointApp : IAsyncDisposable
{
    private const int ReadinessPolls = 2000;

    private readonly WebApplication _app;

    private EndpointApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static Task<EndpointApp> StartAsync(params HostedEndpoint[] endpoints) => StartAsync(logs: null, endpoints);

    /// <param name="logs">When given, receives every log entry of the host.</param>
    /// <param name="endpoints">The endpoints served.</param>
    public static async Task<EndpointApp> StartAsync(CapturedLogs? logs, params HostedEndpoint[] endpoints)
    {
        var app = EndpointHost.Build(new EndpointCatalog(endpoints), new UnsignedAccess(), options: new EndpointHostOptions
        {
            ConfigureBuilder = builder =>
            {
                builder.WebHost.UseTestServer();
                if (logs is not null)
                {
                    builder.Logging.ClearProviders().AddProvider(logs);
                }
            },
        });
        await app.StartAsync();
        return new EndpointApp(app);
    }

    /// <summary>An in-process container serving <see cref="AddingPredictor"/>, ready once started.</summary>
    public static InProcessContainer Adding(string hostname) =>
        new(hostname, () => new AddingPredictor(), NullLogger.Instance);

    /// <summary>An in-process container serving <see cref="MeasuringDocumentPredictor"/>, ready once started.</summary>
    public static InProcessContainer Measuring(string hostname) =>
        InProcessContainer.Create(hostname, () => InvocationProcessor.Create(new MeasuringDocumentPredictor()), NullLogger.Instance);

    public static HostedEndpoint Direct(string name, params IContainer[] containers) =>
        new(name, ProductionVariantConfig.DefaultName, ExecutionMode.Direct, containers);

    public static HostedEndpoint Serial(string name, params IContainer[] containers) =>
        new(name, ProductionVariantConfig.DefaultName, ExecutionMode.Serial, containers);

    /// <summary>POSTs an InvokeEndpoint request; headers with a null value are left out.</summary>
    public Task<HttpResponseMessage> InvokeAsync(
        string endpoint, string body, string? contentType = "text/csv", params (string Name, string? Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/endpoints/{endpoint}/invocations")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return Client.SendAsync(request);
    }

    /// <summary>POSTs an InvokeEndpoint request with a binary body; headers with a null value are left out.</summary>
    public Task<HttpResponseMessage> InvokeAsync(
        string endpoint, byte[] body, string? contentType, params (string Name, string? Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/endpoints/{endpoint}/invocations") { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return Client.SendAsync(request);
    }

    /// <summary>Polls /ping until it answers <paramref name="expected"/>; the poll count only bounds a broken test.</summary>
    public async Task WaitForPingAsync(HttpStatusCode expected)
    {
        for (var poll = 0; poll < ReadinessPolls; poll++)
        {
            using var response = await Client.GetAsync("/ping");
            if (response.StatusCode == expected)
            {
                return;
            }
            await Task.Delay(5);
        }
        throw new InvalidOperationException($"/ping never answered {expected}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

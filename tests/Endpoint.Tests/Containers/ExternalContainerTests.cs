using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;

namespace Solutions.Endpoint.Tests.Containers;

/// <summary>A tiny Kestrel server on loopback plays an external container in another language.</summary>
public sealed class ExternalContainerTests : IAsyncLifetime
{
    private readonly HttpClient _http = ExternalContainer.CreateClient();
    private WebApplication _external = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _external = builder.Build();
        _external.MapGet("/ping", () => Results.Ok());
        _external.MapPost("/invocations", async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            var headers = context.Request.Headers;
            if (body == "slow")
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            if (body == "fail")
            {
                context.Response.StatusCode = 500;
                await context.Response.WriteAsJsonAsync(new { message = "boom" });
                return;
            }
            context.Response.ContentType = "text/plain";
            context.Response.Headers[RuntimeHeaders.CustomAttributes] = "seen=" + headers[RuntimeHeaders.CustomAttributes];
            await context.Response.WriteAsync($"{body}|{headers.ContentType}|{headers.Accept}|{headers[RuntimeHeaders.InferenceId]}");
        });
        await _external.StartAsync();
        _url = new Uri($"http://127.0.0.1:{LoopbackPort.Of(_external)}");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _external.DisposeAsync();
    }

    private ExternalContainer Container(double timeoutSeconds = 5) =>
        new("ext", _url, TimeSpan.FromSeconds(timeoutSeconds), _http, NullLogger.Instance, TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task It_becomes_ready_when_ping_answers_and_forwards_body_and_headers_both_ways()
    {
        var container = Container();
        await container.StartAsync(CancellationToken.None);

        var response = await container.InvokeAsync(new ContainerRequest(
            Encoding.UTF8.GetBytes("1,2"), "text/csv", "text/plain", "trace=7", "inf-1"), CancellationToken.None);

        Assert.Equal(ContainerState.Ready, container.State);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("1,2|text/csv|text/plain|inf-1", Encoding.UTF8.GetString(response.Body));
        Assert.Equal("text/plain", response.ContentType);
        Assert.Equal("seen=trace=7", response.CustomAttributes);
    }

    [Fact]
    public async Task An_unreachable_container_stays_loading_with_the_reason()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused.
        var container = new ExternalContainer("gone", new Uri("http://127.0.0.1:1"), TimeSpan.FromSeconds(1), _http,
            NullLogger.Instance, TimeSpan.FromMilliseconds(10));
        using var stop = new CancellationTokenSource();

        var starting = container.StartAsync(stop.Token);
        // The poll count only bounds a broken test; the container keeps retrying until stopped.
        for (var poll = 0; poll < 2000 && container.FailureReason!.StartsWith("waiting", StringComparison.Ordinal); poll++)
        {
            await Task.Delay(5);
        }
        await stop.CancelAsync();
        await starting;

        Assert.Equal(ContainerState.Loading, container.State);
        Assert.StartsWith("GET http://127.0.0.1:1/ping gave no answer", container.FailureReason);
    }

    [Fact]
    public async Task Through_the_endpoint_a_container_error_and_a_timeout_are_model_errors()
    {
        var failing = Container();
        var slow = new ExternalContainer("slow", _url, TimeSpan.FromMilliseconds(200), _http, NullLogger.Instance, TimeSpan.FromMilliseconds(10));
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", failing, slow));
        await app.WaitForPingAsync(HttpStatusCode.OK);

        var error = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "fail", "text/csv", (RuntimeHeaders.TargetContainerHostname, "ext")));
        var timeout = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "slow", "text/csv", (RuntimeHeaders.TargetContainerHostname, "slow")));

        Assert.Equal((424, "ModelError"), (error.Status, error.ErrorCode));
        Assert.Equal((500, "boom"), (error.Json.GetProperty("OriginalStatusCode").GetInt32(), error.Json.GetProperty("OriginalMessage").GetString()));
        Assert.Equal((424, "ModelError"), (timeout.Status, timeout.ErrorCode));
        Assert.Equal(0, timeout.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.Contains("timed out while waiting for a response from container slow", timeout.Message);
    }
}

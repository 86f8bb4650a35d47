using System.Net;
using Microsoft.AspNetCore.Builder;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Hosting;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_drains_the_request_in_flight_and_turns_new_ones_away_with_503()
    {
        var slow = new HeldContainer("slow");
        var app = EndpointHost.Build(
            new EndpointCatalog([EndpointApp.Direct("suite", slow, EndpointApp.Adding("adder"))]), new UnsignedAccess(),
            options: new EndpointHostOptions { Port = 0, Address = IPAddress.Loopback });
        await app.StartAsync();
        var baseUrl = $"http://127.0.0.1:{LoopbackPort.Of(app)}";
        using var first = new HttpClient();
        using var second = new HttpClient();

        var inFlight = first.SendAsync(Invocation(baseUrl, "slow"));
        await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = app.StopAsync();
        var turnedAway = await RuntimeAnswer.ReadAsync(await second.SendAsync(Invocation(baseUrl, "adder")));
        var ping = await second.GetAsync(baseUrl + "/ping");
        var stoppedBeforeRelease = stopping.IsCompleted;
        slow.Release();
        var drained = await RuntimeAnswer.ReadAsync(await inFlight);
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await app.DisposeAsync();

        Assert.Equal((503, "ServiceUnavailable"), (turnedAway.Status, turnedAway.ErrorCode));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ping.StatusCode);
        Assert.False(stoppedBeforeRelease);
        Assert.Equal((200, "slow answer\n"), (drained.Status, drained.Body));
    }

    private static HttpRequestMessage Invocation(string baseUrl, string target) => new(HttpMethod.Post, baseUrl + "/endpoints/suite/invocations")
    {
        Content = new StringContent("1,2", System.Text.Encoding.UTF8, "text/csv"),
        Headers = { { RuntimeHeaders.TargetContainerHostname, target } },
    };
}

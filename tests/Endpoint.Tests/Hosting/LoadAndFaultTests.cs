using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Hosting;

public sealed class LoadAndFaultTests
{
    private const int Clients = 16;
    private const int RequestsPerClient = 125;

    [Fact]
    public async Task Two_thousand_requests_over_16_connections_all_succeed_while_a_throwing_container_answers_model_error()
    {
        var thrower = new InProcessContainer("thrower", () => new BrokenPredictor(), NullLogger.Instance);
        var suite = EndpointApp.Direct("suite", EndpointApp.Adding("adder"), thrower);
        var app = EndpointHost.Build(new EndpointCatalog([suite]), new UnsignedAccess(),
            options: new EndpointHostOptions { Port = 0, Address = IPAddress.Loopback });
        await app.StartAsync();
        var url = $"http://127.0.0.1:{LoopbackPort.Of(app)}/endpoints/suite/invocations";
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients });
        while ((await client.GetAsync(url.Replace("/endpoints/suite/invocations", "/ping"))).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(5);
        }
        var outcomes = new ConcurrentBag<(string Target, int Status, string? Code, string Body)>();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerClient; i++)
            {
                // Every 8th request goes to the throwing container; x varies so answers can be checked: x + 1.
                var target = i % 8 == 7 ? "thrower" : "adder";
                using var request = new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new StringContent($"{i},1", System.Text.Encoding.UTF8, "text/csv"),
                    Headers = { { RuntimeHeaders.TargetContainerHostname, target } },
                };
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var code = response.Headers.TryGetValues(RuntimeHeaders.ErrorType, out var codes) ? codes.Single() : null;
                outcomes.Add((target, (int)response.StatusCode, code, target == "adder" && body != $"{i + 1}\n" ? "wrong: " + body : ""));
            }
        })));
        var adderMetrics = suite.Metrics.For("adder");
        await app.StopAsync();
        await app.DisposeAsync();

        // 125 requests per client, i = 7, 15, ..., 119 go to the thrower: 15 per client, 240 in all.
        var adder = outcomes.Where(o => o.Target == "adder").ToArray();
        var thrown = outcomes.Where(o => o.Target == "thrower").ToArray();
        Assert.Equal((1760, 240), (adder.Length, thrown.Length));
        Assert.All(adder, o => Assert.Equal((200, null, ""), (o.Status, o.Code, o.Body)));
        Assert.All(thrown, o => Assert.Equal((424, "ModelError"), (o.Status, o.Code)));
        Assert.Equal((1760, 0, 0), (adderMetrics.Invocations.Value, adderMetrics.Invocation4XXErrors.Value, adderMetrics.Invocation5XXErrors.Value));
        Assert.Equal(240, suite.Metrics.For("thrower").Invocation5XXErrors.Value);
    }
}

using System.Net;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Invocation;

public sealed class PingTests
{
    [Fact]
    public async Task Ping_is_503_naming_the_container_until_every_container_of_every_endpoint_is_ready()
    {
        var slow = ScriptedContainer.Answering("slow", 200, "text/csv", "1");
        slow.State = ContainerState.Loading;
        slow.FailureReason = "the model is still loading";
        await using var app = await EndpointApp.StartAsync(
            EndpointApp.Direct("one", ScriptedContainer.Answering("fast", 200, "text/csv", "1")),
            EndpointApp.Direct("two", slow));

        var waiting = await RuntimeAnswer.ReadAsync(await app.Client.GetAsync("/ping"));
        slow.State = ContainerState.Ready;
        var ready = await app.Client.GetAsync("/ping");

        Assert.Equal(503, waiting.Status);
        Assert.Equal("not ready: two/slow loading: the model is still loading", waiting.Message);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Empty(await ready.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_model_that_fails_to_load_leaves_its_container_failed_with_the_reason_while_the_other_serves()
    {
        var corrupt = new InProcessContainer("corrupt", () => throw new InvalidDataException("model.zip is truncated"),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", corrupt, EndpointApp.Adding("adder")));
        for (var poll = 0; poll < 2000 && corrupt.State == ContainerState.Loading; poll++)
        {
            await Task.Delay(5);
        }

        var ping = await RuntimeAnswer.ReadAsync(await app.Client.GetAsync("/ping"));
        var served = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1,1", "text/csv",
            (Solutions.Endpoint.Invocation.RuntimeHeaders.TargetContainerHostname, "adder")));

        Assert.Equal(ContainerState.Failed, corrupt.State);
        Assert.Equal(503, ping.Status);
        Assert.Contains("suite/corrupt failed: model.zip is truncated", ping.Message);
        Assert.Equal((200, "2\n"), (served.Status, served.Body));
    }
}

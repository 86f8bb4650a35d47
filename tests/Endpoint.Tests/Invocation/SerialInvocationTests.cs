using System.Net;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Invocation;

public sealed class SerialInvocationTests
{
    /// <summary>Step 1 turns any request into the CSV row "2,3"; step 2 adds: 2 + 3 = 5.</summary>
    private static ScriptedContainer Preprocessor() => ScriptedContainer.Answering("pre", 200, "text/csv", "2,3\n");

    [Fact]
    public async Task Each_containers_body_and_content_type_feed_the_next_and_accept_applies_to_the_last()
    {
        var pre = Preprocessor();
        await using var app = await EndpointApp.StartAsync(EndpointApp.Serial("pipeline", pre, EndpointApp.Adding("adder")));
        await app.WaitForPingAsync(HttpStatusCode.OK);

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", "raw input", "text/plain",
            ("Accept", "application/json"), (RuntimeHeaders.CustomAttributes, "k=v")));

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(5, answer.Json.GetProperty("predictions")[0].GetProperty("sum").GetDouble());
        Assert.Equal("k=v", answer.Header(RuntimeHeaders.CustomAttributes));
        var first = Assert.Single(pre.Received);
        Assert.Equal("text/plain", first.ContentType);
        Assert.Null(first.Accept);
        Assert.Equal("raw input", System.Text.Encoding.UTF8.GetString(first.Body.Span));
    }

    [Fact]
    public async Task A_target_hostname_on_a_serial_endpoint_is_a_validation_error()
    {
        await using var app = await EndpointApp.StartAsync(EndpointApp.Serial("pipeline", Preprocessor(), EndpointApp.Adding("adder")));
        await app.WaitForPingAsync(HttpStatusCode.OK);

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", "x", "text/plain",
            (RuntimeHeaders.TargetContainerHostname, "adder")));

        Assert.Equal((400, "ValidationError"), (answer.Status, answer.ErrorCode));
        Assert.Contains("runs its containers serially", answer.Message);
    }

    [Fact]
    public async Task A_failing_step_is_a_model_error_naming_the_container_and_its_place_and_later_steps_do_not_run()
    {
        var later = ScriptedContainer.Answering("post", 200, "text/csv", "never");
        await using var app = await EndpointApp.StartAsync(EndpointApp.Serial("pipeline",
            Preprocessor(), ScriptedContainer.Answering("scorer", 503, "text/plain", "GPU lost"), later));

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", "x", "text/plain"));

        Assert.Equal((424, "ModelError"), (answer.Status, answer.ErrorCode));
        Assert.StartsWith("Received server error (503) from scorer (container 2 of 3 in the serial pipeline) with message \"GPU lost\".",
            answer.Message);
        Assert.Equal(503, answer.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.EndsWith("log-stream:AllTraffic/scorer", answer.Json.GetProperty("LogStreamArn").GetString());
        Assert.Empty(later.Received);
    }

    [Fact]
    public async Task A_pipeline_with_a_loading_step_runs_no_step()
    {
        var pre = Preprocessor();
        var loading = ScriptedContainer.Answering("scorer", 200, "text/csv", "1");
        loading.State = ContainerState.Loading;
        await using var app = await EndpointApp.StartAsync(EndpointApp.Serial("pipeline", pre, loading));

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", "x", "text/plain"));

        Assert.Equal((429, "ModelNotReadyException"), (answer.Status, answer.ErrorCode));
        Assert.Empty(pre.Received);
    }
}

using System.Net;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Invocation;

public sealed class DirectInvocationTests
{
    private const string Target = RuntimeHeaders.TargetContainerHostname;

    private static async Task<EndpointApp> StartTwoModelsAsync()
    {
        var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", EndpointApp.Adding("adder"),
            ScriptedContainer.Answering("echo", 200, "text/plain", "from echo")));
        await app.WaitForPingAsync(HttpStatusCode.OK);
        return app;
    }

    [Fact]
    public async Task The_named_container_answers_with_its_body_content_type_variant_and_the_callers_attributes()
    {
        await using var app = await StartTwoModelsAsync();

        // 1.5 + 2 = 3.5, written by the serving contract's CSV writer.
        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1.5,2\n", "text/csv",
            (Target, "adder"), (RuntimeHeaders.CustomAttributes, "trace=abc 1"), (RuntimeHeaders.InferenceId, "req-42")));

        Assert.Equal(200, answer.Status);
        Assert.Equal("3.5\n", answer.Body);
        Assert.Equal("text/csv; charset=utf-8", answer.ContentType);
        Assert.Equal("AllTraffic", answer.Header(RuntimeHeaders.InvokedProductionVariant));
        Assert.Equal("trace=abc 1", answer.Header(RuntimeHeaders.CustomAttributes));
        Assert.Null(answer.ErrorCode);
    }

    [Fact]
    public async Task Hostnames_are_matched_case_insensitively_and_other_containers_are_not_called()
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("SUITE", "ignored", "text/plain", (Target, "ECHO")));

        Assert.Equal(200, answer.Status);
        Assert.Equal("from echo", answer.Body);
        Assert.Equal("text/plain", answer.ContentType);
    }

    [Fact]
    public async Task A_body_without_content_type_is_sniffed_as_boto3_sends_it()
    {
        await using var app = await StartTwoModelsAsync();

        // JSON because the body opens with '{'; the answer comes back in the request's format: 2 + 5 = 7.
        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", """{"x": 2, "y": 5}""", null, (Target, "adder")));

        Assert.Equal(200, answer.Status);
        Assert.Equal(7, answer.Json.GetProperty("predictions")[0].GetProperty("sum").GetDouble());
    }

    [Theory]
    [InlineData(null, "uses direct invocation; name the container in X-Amzn-SageMaker-Target-Container-Hostname (one of: adder, echo)")]
    [InlineData("nobody", "Container nobody not found on endpoint suite (its containers: adder, echo).")]
    public async Task A_missing_or_unknown_target_is_a_validation_error(string? target, string expected)
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1,2", "text/csv", (Target, target)));

        Assert.Equal(400, answer.Status);
        Assert.Equal("ValidationError", answer.ErrorCode);
        Assert.Contains(expected, answer.Message);
    }

    [Fact]
    public async Task An_unknown_endpoint_is_a_validation_error_naming_it()
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("nowhere", "1,2", "text/csv", (Target, "adder")));

        Assert.Equal(400, answer.Status);
        Assert.Equal("ValidationError", answer.ErrorCode);
        Assert.Equal("Endpoint nowhere of account 000000000000 not found.", answer.Message);
    }

    [Fact]
    public async Task Input_the_model_refuses_is_a_model_error_carrying_the_containers_status_and_message()
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "-1,2", "text/csv", (Target, "adder")));

        Assert.Equal(424, answer.Status);
        Assert.Equal("ModelError", answer.ErrorCode);
        Assert.Equal(400, answer.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.Equal("x = -1 is negative", answer.Json.GetProperty("OriginalMessage").GetString());
        Assert.Equal("arn:aws:logs:local:000000000000:log-group:/aws/sagemaker/Endpoints/suite:log-stream:AllTraffic/adder",
            answer.Json.GetProperty("LogStreamArn").GetString());
        Assert.StartsWith("Received client error (400) from adder with message \"x = -1 is negative\".", answer.Message);
    }

    [Fact]
    public async Task A_container_error_of_5xx_is_reported_as_a_server_error()
    {
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite",
            ScriptedContainer.Answering("broken", 500, "application/json", """{"message": "out of memory"}""")));

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1", "text/csv", (Target, "broken")));

        Assert.Equal(424, answer.Status);
        Assert.Equal(500, answer.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.StartsWith("Received server error (500) from broken with message \"out of memory\".", answer.Message);
    }

    [Fact]
    public async Task A_loading_container_answers_model_not_ready_and_a_failed_one_service_unavailable_while_others_serve()
    {
        var loading = ScriptedContainer.Answering("loading", 200, "text/csv", "1");
        loading.State = ContainerState.Loading;
        loading.FailureReason = "the model is still loading";
        var failed = ScriptedContainer.Answering("corrupt", 200, "text/csv", "1");
        failed.State = ContainerState.Failed;
        failed.FailureReason = "manifest.json is not valid JSON";
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", loading, failed,
            ScriptedContainer.Answering("fine", 200, "text/csv", "ok")));

        var notReady = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1", "text/csv", (Target, "loading")));
        var unavailable = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1", "text/csv", (Target, "corrupt")));
        var fine = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1", "text/csv", (Target, "fine")));

        Assert.Equal((429, "ModelNotReadyException"), (notReady.Status, notReady.ErrorCode));
        Assert.Equal((503, "ServiceUnavailable"), (unavailable.Status, unavailable.ErrorCode));
        Assert.Contains("manifest.json is not valid JSON", unavailable.Message);
        Assert.Equal((200, "ok"), (fine.Status, fine.Body));
        Assert.Empty(loading.Received);
        Assert.Empty(failed.Received);
    }

    [Fact]
    public async Task A_body_over_6_MiB_is_a_validation_error()
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync(
            "suite", new string('1', 6 * 1024 * 1024 + 1), "text/csv", (Target, "echo")));

        Assert.Equal(400, answer.Status);
        Assert.Equal("ValidationError", answer.ErrorCode);
        Assert.Contains("larger than 6291456 bytes", answer.Message);
    }

    [Theory]
    [InlineData(RuntimeHeaders.InferenceId, " leading-space", RuntimeHeaders.InferenceId)]
    [InlineData(RuntimeHeaders.InferenceId, "an-inference-id-that-is-far-longer-than-the-sixty-four-characters-allowed", RuntimeHeaders.InferenceId)]
    [InlineData(RuntimeHeaders.CustomAttributes, "caf\u00e9", RuntimeHeaders.CustomAttributes)]
    [InlineData(RuntimeHeaders.TargetVariant, "Canary", "Variant Canary not found")]
    public async Task Malformed_headers_are_validation_errors(string header, string value, string named)
    {
        await using var app = await StartTwoModelsAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", "1,2", "text/csv", (Target, "adder"), (header, value)));

        Assert.Equal(400, answer.Status);
        Assert.Equal("ValidationError", answer.ErrorCode);
        Assert.Contains(named, answer.Message);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Documents;

/// <summary>A document model in an in-process container, invoked by <c>TargetContainerHostname</c> beside a tabular one.</summary>
public sealed class DocumentDirectInvocationTests
{
    private const string Target = RuntimeHeaders.TargetContainerHostname;

    private static async Task<EndpointApp> StartAsync(CapturedLogs? logs = null)
    {
        var birds = logs is null
            ? EndpointApp.Measuring("birds")
            : InProcessContainer.Create("birds", () => InvocationProcessor.Create(new MeasuringDocumentPredictor()), logs.CreateLogger("birds"));
        var app = await EndpointApp.StartAsync(logs, EndpointApp.Direct("suite", EndpointApp.Adding("adder"), birds));
        await app.WaitForPingAsync(HttpStatusCode.OK);
        return app;
    }

    [Fact]
    public async Task A_png_is_answered_in_the_accepted_type_with_the_callers_attributes_passed_to_the_model_and_back()
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", MeasuringDocumentPredictor.PngSignature, "image/png",
            (Target, "birds"), ("Accept", "application/json"), (RuntimeHeaders.CustomAttributes, "trace=png 1")));

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        // The signature is 8 bytes long and starts with 0x89 = 137.
        Assert.Equal("""{"length":8,"first_byte":137,"attributes":"trace=png 1"}""", answer.Body);
        Assert.Equal("trace=png 1", answer.Header(RuntimeHeaders.CustomAttributes));
        Assert.Equal("AllTraffic", answer.Header(RuntimeHeaders.InvokedProductionVariant));
    }

    [Fact]
    public async Task Without_content_type_or_accept_the_models_first_types_apply()
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", MeasuringDocumentPredictor.PngSignature, null, (Target, "birds")));

        Assert.Equal((200, "text/csv", "8,137\n"), (answer.Status, answer.ContentType, answer.Body));
    }

    [Fact]
    public async Task Every_byte_value_travels_intact_both_ways()
    {
        byte[] body = [.. Enumerable.Range(1, 255).Select(b => (byte)b), .. Enumerable.Range(0, 512).Select(b => (byte)b)];
        await using var app = await StartAsync();

        var response = await app.InvokeAsync("suite", body, "application/zip", (Target, "birds"), ("Accept", "application/octet-stream"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("image/gif", null, 415, "Content-Type 'image/gif' is not supported by this model; send one of: image/png, application/zip")]
    [InlineData("image/png", "image/png", 406, "Accept 'image/png' names no type this model answers in; ask for one of: text/csv, application/json, application/octet-stream")]
    public async Task Headers_the_model_cannot_honour_are_a_model_error_carrying_its_status(
        string contentType, string? accept, int status, string message)
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", MeasuringDocumentPredictor.PngSignature, contentType,
            (Target, "birds"), ("Accept", accept)));

        Assert.Equal((424, "ModelError"), (answer.Status, answer.ErrorCode));
        Assert.Equal(status, answer.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.Equal(message, answer.Json.GetProperty("OriginalMessage").GetString());
    }

    [Fact]
    public async Task A_document_the_model_refuses_is_a_model_error_with_its_400_and_message()
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", new byte[] { 0, 1 }, "image/png", (Target, "birds")));

        Assert.Equal((424, 400), (answer.Status, answer.Json.GetProperty("OriginalStatusCode").GetInt32()));
        Assert.Equal("the document starts with a zero byte, which no PNG or zip does", answer.Json.GetProperty("OriginalMessage").GetString());
    }

    [Fact]
    public async Task A_model_that_fails_is_a_model_error_with_500_and_an_error_log()
    {
        var logs = new CapturedLogs();
        await using var app = await StartAsync(logs);

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", new byte[] { 0xFF, 0xD8 }, "image/png", (Target, "birds")));

        Assert.Equal((424, 500), (answer.Status, answer.Json.GetProperty("OriginalStatusCode").GetInt32()));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Error && entry.Exception?.Contains("the detector's session was disposed") == true);
    }

    [Fact]
    public async Task A_document_over_6_MiB_is_a_validation_error_before_any_container_runs()
    {
        var body = new byte[ServingContract.MaxRequestBodyBytes + 1];
        body[0] = 0x89;
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("suite", body, "image/png", (Target, "birds")));

        Assert.Equal((400, "ValidationError"), (answer.Status, answer.ErrorCode));
        Assert.Contains("larger than 6291456 bytes", answer.Message);
    }

    [Fact]
    public async Task Document_invocations_are_counted_against_their_container()
    {
        await using var app = await StartAsync();

        await app.InvokeAsync("suite", MeasuringDocumentPredictor.PngSignature, "image/png", (Target, "birds"));
        await app.InvokeAsync("suite", MeasuringDocumentPredictor.PngSignature, "image/gif", (Target, "birds"));
        var metrics = await app.Client.GetStringAsync("/metrics");

        const string Birds = "endpoint=\"suite\",variant=\"AllTraffic\",container=\"birds\"";
        // One answer and one 415 from the container: two invocations, one 4XX.
        Assert.Contains($"sagemaker_Invocations_total{{{Birds}}} 2\n", metrics);
        Assert.Contains($"sagemaker_Invocation4XXErrors_total{{{Birds}}} 1\n", metrics);
        Assert.Contains($"sagemaker_ModelLatency_microseconds_count{{{Birds}}} 2\n", metrics);
    }
}

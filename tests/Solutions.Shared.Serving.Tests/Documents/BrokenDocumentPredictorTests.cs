using System.Net;
using Microsoft.Extensions.Logging;

namespace Solutions.Shared.Serving.Tests.Documents;

/// <summary>A document model that fails on its own or breaks the contract is the server's fault: 500 and a log, or 503 at load.</summary>
public sealed class BrokenDocumentPredictorTests
{
    [Fact]
    public async Task A_model_throwing_something_else_gives_500_and_an_error_log()
    {
        await using var served = await ServingApp.StartLoadedAsync(
            new ScriptedDocumentPredictor(_ => throw new InvalidOperationException("the ONNX session was disposed")));

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync([1, 2, 3], "image/png"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("the model failed to score the request; see the server log", response.Message);
        var logged = Assert.Single(served.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Equal("the ONNX session was disposed", logged.Exception!.Message);
    }

    [Fact]
    public async Task A_response_without_a_content_type_gives_500()
    {
        await using var served = await ServingApp.StartLoadedAsync(new ScriptedDocumentPredictor(_ => new DocumentResponse(new byte[] { 1 }, " ")));

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync([1, 2, 3], "image/png"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        var logged = Assert.Single(served.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Equal("ScriptedDocumentPredictor.Predict returned a response without a Content-Type", logged.Exception!.Message);
    }

    [Fact]
    public async Task A_model_declaring_no_content_types_never_becomes_ready()
    {
        await using var served = await ServingApp.StartAsync(
            () => new ScriptedDocumentPredictor(_ => throw new NotSupportedException(), contentTypes: []));

        var ping = await served.WaitForPingAsync(
            HttpStatusCode.ServiceUnavailable, body => body.Contains("failed to load", StringComparison.Ordinal));

        var body = await ServedResponse.ReadAsync(ping);
        Assert.Equal("the model failed to load: ScriptedDocumentPredictor.ContentTypes is empty", body.Message);
    }

    /// <summary>Answers with the given function; takes PNG and answers JSON unless told otherwise.</summary>
    private sealed class ScriptedDocumentPredictor(Func<DocumentRequest, DocumentResponse> answer, string[]? contentTypes = null) : IDocumentPredictor
    {
        public IReadOnlyList<string> ContentTypes { get; } = contentTypes ?? ["image/png"];

        public IReadOnlyList<string> AcceptTypes { get; } = ["application/json"];

        public DocumentResponse Predict(DocumentRequest request) => answer(request);
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

public sealed class PingEndpointTests
{
    [Fact]
    public async Task Answers_503_while_loading_then_200_once_the_loader_completes()
    {
        var loading = new TaskCompletionSource<IPredictor>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var served = await ServingApp.StartAsync(_ => loading.Task);

        var before = await ServedResponse.ReadAsync(await served.Client.GetAsync("/ping"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.Status);
        Assert.Contains("still loading", before.Message);

        loading.SetResult(new SummingPredictor());
        var after = await served.WaitForPingAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Empty(await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invocations_before_the_model_is_loaded_answer_503_with_a_message()
    {
        var loading = new TaskCompletionSource<IPredictor>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var served = await ServingApp.StartAsync(_ => loading.Task);

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("1,2,yes,KS,", "text/csv"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Contains("still loading", response.Message);
        loading.SetResult(new SummingPredictor());
    }

    [Fact]
    public async Task A_failed_load_keeps_ping_at_503_and_logs_the_error()
    {
        await using var served = await ServingApp.StartAsync(
            _ => Task.FromException<IPredictor>(new FileNotFoundException("model.zip is missing")));

        var ping = await served.WaitForPingAsync(
            HttpStatusCode.ServiceUnavailable, body => body.Contains("failed to load", StringComparison.Ordinal));
        var response = await ServedResponse.ReadAsync(ping);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("the model failed to load: model.zip is missing", response.Message);
        var logged = Assert.Single(served.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.IsType<FileNotFoundException>(logged.Exception);
    }

    [Fact]
    public async Task A_predictor_with_duplicate_column_names_fails_to_load()
    {
        await using var served = await ServingApp.StartAsync(_ => Task.FromResult<IPredictor>(new DuplicateColumnPredictor()));

        var ping = await served.WaitForPingAsync(
            HttpStatusCode.ServiceUnavailable, body => body.Contains("failed to load", StringComparison.Ordinal));

        Assert.Contains("names column 'A' twice", (await ServedResponse.ReadAsync(ping)).Message);
    }

    [Fact]
    public async Task A_synchronous_loader_serves_too()
    {
        await using var served = await ServingApp.StartAsync(() => new SummingPredictor());

        var ping = await served.WaitForPingAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    private sealed class DuplicateColumnPredictor : IPredictor
    {
        public Data.Tabular.TabularSchema InputSchema { get; } = new(
            [new("a", Data.Tabular.ColumnKind.Number), new("A", Data.Tabular.ColumnKind.Number)]);

        public IReadOnlyList<string> OutputColumns { get; } = ["y"];

        public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
            throw new InvalidOperationException("never called: the schema is refused at load");
    }
}

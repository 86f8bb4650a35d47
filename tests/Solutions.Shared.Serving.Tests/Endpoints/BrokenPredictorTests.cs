using System.Net;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>A predictor that breaks its own contract is the server's fault: 500, logged, no details leaked.</summary>
public sealed class BrokenPredictorTests
{
    [Fact]
    public async Task A_prediction_missing_an_output_column_gives_500_and_an_error_log()
    {
        await using var served = await ServingApp.StartLoadedAsync(new ForgetfulPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("1", "text/csv"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("the model failed to score the request; see the server log", response.Message);
        var logged = Assert.Single(served.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("lacks output column 'Probability'", logged.Exception!.Message);
    }

    [Fact]
    public async Task Successful_requests_log_nothing_at_information_or_above()
    {
        await using var served = await ServingApp.StartLoadedAsync(new Solutions.Shared.Serving.Tests.Fakes.SummingPredictor());
        var before = served.Logs.Entries.Count;

        await served.InvokeAsync("120.5,3,yes,KS,", "text/csv");
        await served.InvokeAsync("120.5,3,yes,KS,", "text/csv");

        Assert.DoesNotContain(served.Logs.Entries.Skip(before), entry => entry.Level >= LogLevel.Information);
    }

    /// <summary>Declares two outputs but returns only one.</summary>
    private sealed class ForgetfulPredictor : IPredictor
    {
        public TabularSchema InputSchema { get; } = new([new ColumnSpec("x", ColumnKind.Number)]);

        public IReadOnlyList<string> OutputColumns { get; } = ["Score", "Probability"];

        public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
            [.. rows.Select(row => new Prediction(new Dictionary<string, object?> { ["Score"] = row[0] }))];
    }
}

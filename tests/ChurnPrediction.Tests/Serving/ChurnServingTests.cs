using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Tests.Serving;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnServingTests(TrainedChurnModel trained)
{
    private ChurnPredictor Predictor => trained.Result.Predictor;

    [Fact]
    public async Task A_header_less_CSV_row_gets_its_probability_and_decision()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var customer = ChurnFiles.HeldOut(1)[0];

        var response = await server.InvokeAsync(ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows) + "\n", "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(Lines(await response.Content.ReadAsStringAsync()));
        AssertPrediction(customer, line);
    }

    [Fact]
    public async Task A_CSV_with_the_files_header_and_label_scores_every_row_and_ignores_the_label()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var customers = ChurnFiles.HeldOut(5);
        var body = string.Join('\n', ChurnFiles.Lines.Skip(1 + ChurnFiles.TrainingRows).Take(5).Prepend(ChurnFiles.Header)) + "\n";

        var response = await server.InvokeAsync(body, "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Lines(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, lines.Count);
        for (var i = 0; i < 5; i++)
        {
            AssertPrediction(customers[i], lines[i]);
        }
    }

    [Fact]
    public async Task JSON_instances_by_column_name_get_JSON_predictions()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var customers = ChurnFiles.HeldOut(3);
        var instances = customers.Select(c => CustomerValues.Schema.Columns
            .Select((column, i) => (column.Name, Value: CustomerValues.ToRow(c)[i]))
            .ToDictionary(p => p.Name, p => p.Value));
        var body = JsonSerializer.Serialize(new { instances });

        var response = await server.InvokeAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var predictions = document.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(3, predictions.Length);
        for (var i = 0; i < 3; i++)
        {
            var probability = predictions[i].GetProperty(ChurnPredictor.ProbabilityOutput).GetDouble();
            Assert.Equal(Predictor.PredictProbability(customers[i]), probability, 12);
            Assert.Equal(probability >= Predictor.Cutoff, predictions[i].GetProperty(ChurnPredictor.DecisionOutput).GetBoolean());
            Assert.False(predictions[i].TryGetProperty("explanation", out _));
        }
    }

    [Fact]
    public async Task A_state_and_area_code_never_seen_in_training_are_scored()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        // Puerto Rico and its area code appear nowhere in the data; one-hot encoding gives them all-zero slots.
        var fields = ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows).Split(',');
        (fields[0], fields[2]) = ("PR", "787");
        var row = CustomerValues.ToRow(ChurnFiles.HeldOut(1)[0]);
        (row[0], row[2]) = ("PR", "787");
        var customer = CustomerValues.FromRow(row);

        var response = await server.InvokeAsync(string.Join(',', fields), "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPrediction(customer, Assert.Single(Lines(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task A_bad_value_gets_400_naming_row_and_column()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var good = ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows);
        var fields = ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows + 1).Split(',');
        fields[6] = "lots"; // Day Mins

        var response = await server.InvokeAsync($"{good}\n{string.Join(',', fields)}\n", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await MessageOf(response);
        Assert.Contains("row 2", message);
        Assert.Contains("'Day Mins'", message);
        Assert.Contains("'lots'", message);
    }

    [Fact]
    public async Task A_body_over_6_MiB_gets_413()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var row = ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows) + "\n";
        var body = new StringBuilder(ServingContract.MaxRequestBodyBytes + row.Length);
        while (body.Length <= ServingContract.MaxRequestBodyBytes)
        {
            body.Append(row);
        }

        var response = await server.InvokeAsync(body.ToString(), "text/csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unsupported_content_type_gets_415()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);

        var response = await server.InvokeAsync(ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows), "application/x-protobuf");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/csv", await MessageOf(response));
    }

    [Fact]
    public async Task Asking_for_explanations_lists_each_input_column_at_most_once_by_its_CSV_name()
    {
        await using var server = await ServingTestServer.StartAsync(Predictor);
        var customers = ChurnFiles.HeldOut(4);
        var body = string.Join('\n', Enumerable.Range(ChurnFiles.TrainingRows, 4).Select(ChurnFiles.UnlabelledLine)) + "\n";

        var response = await server.InvokeAsync(body, "text/csv", accept: "application/json", explanations: "`true`");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var predictions = document.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(4, predictions.Length);
        var columns = CustomerValues.Schema.Columns.Select(c => c.Name).ToHashSet();
        for (var i = 0; i < predictions.Length; i++)
        {
            var probability = predictions[i].GetProperty(ChurnPredictor.ProbabilityOutput).GetDouble();
            Assert.Equal(Predictor.PredictProbability(customers[i]), probability, 6);
            var explanation = predictions[i].GetProperty("explanation").EnumerateArray()
                .Select(e => (Feature: e.GetProperty("feature").GetString()!, Contribution: e.GetProperty("contribution").GetDouble()))
                .ToArray();
            var features = explanation.Select(e => e.Feature).ToArray();
            Assert.Subset(columns, features.ToHashSet());
            Assert.Equal(features.Length, features.Distinct().Count());
            Assert.Single(features, f => f == "State");
            Assert.Contains("Day Mins", features);
            Assert.Contains("CustServ Calls", features);
            Assert.Equal(explanation.Select(e => Math.Abs(e.Contribution)).OrderDescending(), explanation.Select(e => Math.Abs(e.Contribution)));
        }
    }

    [Fact]
    public async Task A_bundle_loaded_predictor_serves_explanations_too()
    {
        // `serve` loads the model from its bundle; explanations must work on a loaded model, not only a fresh one.
        var (_, loaded) = ChurnBundle.Load(trained.BundleFolder);
        await using var server = await ServingTestServer.StartAsync(loaded);

        var response = await server.InvokeAsync(
            ChurnFiles.UnlabelledLine(ChurnFiles.TrainingRows) + "\n", "text/csv", accept: "application/json", explanations: "`true`");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        var explanation = document.RootElement.GetProperty("predictions")[0].GetProperty("explanation");
        Assert.Contains(explanation.EnumerateArray(), e => e.GetProperty("feature").GetString() == "Day Mins");
    }

    private void AssertPrediction(ChurnCustomer customer, string line)
    {
        var fields = line.Split(',');
        Assert.Equal(2, fields.Length);
        var probability = double.Parse(fields[0], CultureInfo.InvariantCulture);
        Assert.Equal(Predictor.PredictProbability(customer), probability, 12);
        Assert.Equal(probability >= Predictor.Cutoff ? "true" : "false", fields[1]);
    }

    private static List<string> Lines(string body) => [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static async Task<string> MessageOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("message").GetString()!;
    }
}

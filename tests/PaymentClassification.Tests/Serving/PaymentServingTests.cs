using System.Globalization;
using System.Net;
using System.Text.Json;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Serving;
using Solutions.PaymentClassification.Tests.Fixtures;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.PaymentClassification.Tests.Serving;

[Collection(TrainedRunCollection.Name)]
public sealed class PaymentServingTests(TrainedRun run)
{
    private const string Unknown = "9999999999999999";

    private string[] LastPaymentFields() => File.ReadAllLines(run.DataPath)[^1].Split(',');

    [Fact]
    public async Task A_CSV_row_gets_its_category_its_probability_and_all_19_probabilities()
    {
        var (_, predictor) = PaymentBundle.Load(run.ModelFolder);
        using var _ = predictor;
        await using var server = await ServingTestServer.StartAsync(predictor);
        var fields = LastPaymentFields();

        var response = await server.InvokeAsync(string.Join(',', fields[1..]) + "\n", "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = (await response.Content.ReadAsStringAsync()).Trim().Split(',');
        Assert.Equal(21, values.Length);
        Assert.Contains(values[0], TransactionCategories.All);
        var probabilities = values[2..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(1.0, probabilities.Sum(), 3);
        var best = TransactionCategories.All.ToList().IndexOf(values[0]);
        Assert.Equal(probabilities.Max(), probabilities[best]);
        Assert.Equal(probabilities[best], double.Parse(values[1], CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task JSON_instances_are_answered_in_order_and_unknown_parties_still_get_an_answer()
    {
        var (_, predictor) = PaymentBundle.Load(run.ModelFolder);
        using var _ = predictor;
        await using var server = await ServingTestServer.StartAsync(predictor);
        var f = LastPaymentFields();
        var body = $$"""
            {"instances": [
              {"receiver_id": "{{f[1]}}", "sender_id": "{{f[2]}}", "amount": {{f[3]}}, "timestamp": "{{f[4]}}"},
              {"receiver_id": "{{Unknown}}", "sender_id": "{{Unknown}}", "amount": 6000.00, "timestamp": "2025-02-03 10:00:00"}
            ]}
            """;

        var response = await server.InvokeAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(2, predictions.Length);
        foreach (var prediction in predictions)
        {
            Assert.Contains(prediction.GetProperty("category").GetString(), TransactionCategories.All);
            Assert.Equal(1.0, PaymentOutputColumns.PerCategory.Sum(c => prediction.GetProperty(c).GetDouble()), 3);
        }
    }

    [Fact]
    public async Task A_bad_id_is_refused_with_400_naming_the_row_and_the_column()
    {
        var (_, predictor) = PaymentBundle.Load(run.ModelFolder);
        using var _ = predictor;
        await using var server = await ServingTestServer.StartAsync(predictor);
        var f = LastPaymentFields();
        var body = $"receiver_id,sender_id,amount,timestamp\n{string.Join(',', f[1..])}\n{f[1]},12345,10.00,{f[4]}\n";

        var response = await server.InvokeAsync(body, "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("row 2, column 2 'sender_id'", message);
        Assert.Contains("5 digits", message);
    }

    [Fact]
    public async Task A_bad_timestamp_or_a_negative_amount_is_refused_with_400()
    {
        var (_, predictor) = PaymentBundle.Load(run.ModelFolder);
        using var _ = predictor;
        await using var server = await ServingTestServer.StartAsync(predictor);

        var timestamp = await server.InvokeAsync($"{Unknown},{Unknown},10.00,yesterday\n", "text/csv");
        var amount = await server.InvokeAsync($"{Unknown},{Unknown},-3.00,2025-01-01 00:00:00\n", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, timestamp.StatusCode);
        Assert.Contains("row 1, column 4 'timestamp'", await timestamp.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, amount.StatusCode);
        Assert.Contains("row 1, column 3 'amount'", await amount.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_multi_model_loader_loads_the_bundle_with_its_store()
    {
        var loader = new PaymentPredictorLoader();

        var predictor = Assert.IsType<PaymentPredictor>(loader.Load(run.ModelFolder));
        using var _ = predictor;

        Assert.Equal("PaymentClassification", loader.Solution);
        Assert.Equal(TrainedRun.Rows, predictor.Store.CountEvents());
        Assert.Equal(PaymentOutputColumns.All, predictor.OutputColumns);
    }

    [Fact]
    public void A_store_given_explicitly_replaces_the_manifests_and_a_missing_one_is_refused()
    {
        using var folder = new TempFolder();
        var missing = Assert.Throws<ModelBundleException>(() => PaymentBundle.Load(run.ModelFolder, folder.Combine("empty.db")));
        Assert.Contains("empty.db' does not exist", missing.Message);
        FeatureStore.OpenSqlite(folder.Combine("empty.db")).Dispose();

        var (_, predictor) = PaymentBundle.Load(run.ModelFolder, folder.Combine("empty.db"));
        using var _ = predictor;

        Assert.Equal(0, predictor.Store.CountEvents());
        var answer = predictor.Predict(new Transaction { ReceiverId = Unknown, SenderId = Unknown, Amount = 40m, Timestamp = new DateTime(2025, 1, 1, 12, 0, 0) });
        Assert.Equal(1.0, answer.Probabilities.Sum(), 3);
    }
}

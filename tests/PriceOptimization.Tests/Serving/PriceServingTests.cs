using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Solutions.PriceOptimization.Serving;
using Solutions.PriceOptimization.Simulation;
using Solutions.PriceOptimization.Tests.Fixtures;
using Solutions.Shared.Serving;

namespace Solutions.PriceOptimization.Tests.Serving;

public sealed class PriceServingTests
{
    private static readonly DateTime Day = new(2025, 1, 1);

    /// <summary>Baseline 100 units at base price 10, elasticity −2, unit cost 4: profit peaks at 8 (see PriceRecommenderTests).</summary>
    private static DemandModel Widget() => new("widget", -2, 10, 4, 5, 12,
        [.. Enumerable.Range(0, 7).Select(i => new DailyBaseline(Day.AddDays(i), 100, 80, 120))]);

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(IPredictor predictor)
    {
        var app = ServingHost.Build(() => predictor, new ServingOptions { ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await app.StartAsync();
        var client = app.GetTestClient();
        for (var poll = 0; poll < 2_000 && (await client.GetAsync(ServingContract.PingPath)).StatusCode != HttpStatusCode.OK; poll++)
        {
            await Task.Delay(5);
        }
        return (app, client);
    }

    [Fact]
    public async Task A_json_request_gets_the_recommended_price_volume_objective_and_curve()
    {
        var (app, client) = await StartAsync(new PricePredictor([Widget()]));
        await using var _ = app;

        var response = await client.PostAsync(ServingContract.InvocationsPath, new StringContent(
            """{"product": "widget", "date": "2025-01-02", "candidate_prices": "6;8;10", "objective": "profit"}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var prediction = body.RootElement.GetProperty("predictions")[0];
        Assert.Equal(8, prediction.GetProperty("recommended_price").GetDouble());
        Assert.Equal(156.25, prediction.GetProperty("expected_volume").GetDouble(), 9);
        Assert.Equal(625, prediction.GetProperty("objective_value").GetDouble(), 9);
        Assert.Equal("profit", prediction.GetProperty("objective").GetString());
        Assert.Equal("6;8;10", prediction.GetProperty("curve_prices").GetString());
        // Volumes 100 × (p/10)^−2: 277.7778, 156.25, 100.
        Assert.Equal("277.7778;156.25;100", prediction.GetProperty("curve_volumes").GetString());
    }

    [Fact]
    public async Task Candidate_prices_may_be_a_json_array()
    {
        var (app, client) = await StartAsync(new PricePredictor([Widget()]));
        await using var _ = app;

        var response = await client.PostAsync(ServingContract.InvocationsPath, new StringContent(
            """{"product": "widget", "date": "2025-01-02", "candidate_prices": [6, 8, 10], "objective": "profit"}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var prediction = body.RootElement.GetProperty("predictions")[0];
        Assert.Equal(8, prediction.GetProperty("recommended_price").GetDouble());
        Assert.Equal("6;8;10", prediction.GetProperty("curve_prices").GetString());
    }

    [Fact]
    public async Task An_unknown_product_or_a_bad_price_is_a_400_naming_it()
    {
        var (app, client) = await StartAsync(new PricePredictor([Widget()]));
        await using var _ = app;

        var product = await client.PostAsync(ServingContract.InvocationsPath,
            new StringContent("""{"product": "gadget", "date": "2025-01-02"}""", Encoding.UTF8, "application/json"));
        var price = await client.PostAsync(ServingContract.InvocationsPath,
            new StringContent("""{"product": "widget", "date": "2025-01-02", "candidate_prices": "6;abc"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, product.StatusCode);
        Assert.Contains("unknown product 'gadget'", await product.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, price.StatusCode);
        Assert.Contains("'abc' is not a positive price", await price.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_bundle_round_trips_and_the_loader_serves_it()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("history.csv");
        File.WriteAllText(data, "date,product\n");

        var manifest = PriceBundle.Save(folder.Combine("model"), [Widget()], data, new Dictionary<string, double> { ["forecast_mape"] = 0.1 }, "test");
        var predictor = new PricePredictorLoader().Load(folder.Combine("model"));

        Assert.Null(manifest.Files.MlNetModel);
        Assert.Equal([PriceModelFile.FileName], manifest.Files.Additional);
        var model = Assert.Single(((PricePredictor)predictor).Models);
        Assert.Equal(Widget().Baseline, model.Baseline);
        Assert.Equal(PriceRequest.Schema, predictor.InputSchema);
    }
}

using System.Text.Json;
using Solutions.PriceOptimization.Serving;
using Solutions.PriceOptimization.Tests.Fixtures;
using Solutions.PriceOptimization.Tests.Notebook;

namespace Solutions.PriceOptimization.Tests.Commands;

/// <summary>Shares the notebook's collection: these tests swap Console.Out, which a notebook run would write to.</summary>
[Collection(NotebookCollection.Name)]
public sealed class RunCommandTests
{
    [Fact]
    public async Task Generate_then_run_writes_metrics_report_charts_and_a_bundle_whatif_can_use()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("data", "price_history.csv");
        var output = folder.Combine("out");

        var generated = await CommandLine.RunAsync("generate", "--out", data, "--products", "2", "--days", "400", "--seed", "3");
        Assert.Equal(0, generated.ExitCode);
        Assert.True(File.Exists(folder.Combine("data", "ground_truth.json")));

        var run = await CommandLine.RunAsync("run", "--data", folder.Combine("data"), "--out", output, "--seed", "3", "--objective", "profit");
        Assert.True(run.ExitCode == 0, run.Error);

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json")));
        var products = metrics.RootElement.GetProperty("per_product").EnumerateArray().ToArray();
        Assert.Equal(2, products.Length);
        foreach (var key in new[] { "elasticity_true", "elasticity_dml", "elasticity_ci_low", "elasticity_ci_high", "elasticity_naive",
                     "forecast_mape", "forecast_mase", "interval_coverage_80", "recommended_price", "expected_revenue" })
        {
            Assert.All(products, p => Assert.Equal(JsonValueKind.Number, p.GetProperty(key).ValueKind));
        }
        // One row per default price multiplier, 0.6 to 1.4.
        Assert.Equal(11, metrics.RootElement.GetProperty("causal_versus_predictive").GetArrayLength());
        foreach (var chart in new[] { "history.png", "elasticity.png", "causal_vs_predictive.png", "forecast_cola.png", "components_cola.png", "objective_crisps.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, chart)), chart);
        }
        Assert.Contains("Causal versus predictive", File.ReadAllText(Path.Combine(output, "report.md")));

        var (_, predictor) = PriceBundle.Load(Path.Combine(output, "model"));
        Assert.Equal(["cola", "crisps"], predictor.Models.Select(m => m.Product));
        Assert.Equal(28, predictor.Models[0].Baseline.Count);

        var whatIf = await CommandLine.RunAsync("whatif", "--model", Path.Combine(output, "model"), "--product", "cola", "--prices", "4;5;6", "--objective", "profit");
        Assert.True(whatIf.ExitCode == 0, whatIf.Error);
        Assert.Contains("<- best", whatIf.Output);
        Assert.Contains("cola on ", whatIf.Output);
    }

    [Fact]
    public async Task Bad_options_are_usage_errors_and_a_missing_bundle_a_failure()
    {
        using var folder = new TempFolder();

        var objective = await CommandLine.RunAsync("run", "--out", folder.Path, "--objective", "margin");
        var missing = await CommandLine.RunAsync("whatif", "--model", folder.Combine("nothing"), "--product", "cola");

        Assert.Equal(2, objective.ExitCode);
        Assert.Contains("--objective: unknown objective 'margin'", objective.Error);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);
    }
}

using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Commands;

[Collection(RunCommandOutputCollection.Name)]
public sealed class RunCommandTests(RunCommandOutput run)
{
    private static readonly string[] ChartFiles =
    [
        ChurnCharts.Roc, ChurnCharts.PrecisionRecall, ChurnCharts.ScoreDistribution, ChurnCharts.CostVersusCutoff,
        ChurnCharts.ConfusionMatrix, ChurnCharts.Calibration, ChurnCharts.FeatureImportance,
    ];

    public static TheoryData<string> Charts => new(ChartFiles);

    [Fact]
    public void The_run_succeeds()
    {
        Assert.True(run.Outcome.ExitCode == 0, $"exit code {run.Outcome.ExitCode}: {run.Outcome.Error}");
        Assert.Equal("", run.Outcome.Error);
    }

    [Fact]
    public void Metrics_json_holds_the_headline_numbers()
    {
        var metrics = MetricsFile.ReadNumbers(Path.Combine(run.OutputFolder, "metrics.json"));

        MetricsFile.AssertFiniteNumbers(metrics,
            "auc", "pr_auc", "accuracy", "precision", "recall", "f1", "cv_auc_mean", "cv_auc_sd",
            "cost_optimal_cutoff", "min_cost", "expected_churners");
        Assert.True(metrics["auc"] > 0.8, $"auc {metrics["auc"]}");
        Assert.Equal(7, metrics["seed"]);
        Assert.Equal(1_200, metrics["customers"]);
        Assert.Equal(149, metrics["actual_churners"]);
        // Costs are multiples of the $100 offer (a $500 miss is five of them).
        Assert.Equal(0, metrics["min_cost"] % 100);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_is_a_png(string chart)
    {
        PngFile.AssertValid(Path.Combine(run.OutputFolder, chart));
    }

    [Fact]
    public void The_report_links_every_chart()
    {
        var report = File.ReadAllText(Path.Combine(run.OutputFolder, "report.md"));

        Assert.StartsWith("# Churn prediction", report);
        foreach (var chart in ChartFiles)
        {
            Assert.Contains($"]({chart})", report);
        }
    }

    [Fact]
    public void The_model_bundle_has_its_manifest_the_MLNET_model_and_the_ONNX_export()
    {
        Assert.True(File.Exists(Path.Combine(run.ModelFolder, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(run.ModelFolder, "model.zip")));
        Assert.True(File.Exists(Path.Combine(run.ModelFolder, "model.onnx")));
        var manifest = Solutions.Shared.Modeling.Bundles.ModelBundle.ReadManifest(run.ModelFolder);
        Assert.Equal(ChurnRunOptions.SolutionName, manifest.Solution);
        Assert.Equal("model.onnx", manifest.Files.OnnxModel);
        Assert.Equal(Solutions.Shared.Modeling.Bundles.ModelBundleWriter.Sha256OfFile(run.DataPath), manifest.TrainingDataSha256);
    }
}

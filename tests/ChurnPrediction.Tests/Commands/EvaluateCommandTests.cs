using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Commands;

[Collection(RunCommandOutputCollection.Name)]
public sealed class EvaluateCommandTests(RunCommandOutput run)
{
    [Fact]
    public async Task Evaluating_unseen_customers_writes_metrics_and_charts()
    {
        using var folder = new TempFolder();
        // Customers 1,201 to 1,800 of the real file: the model never saw them.
        var data = ChurnFiles.WriteSlice(folder.Combine("unseen.csv"), ChurnFiles.TrainingRows, 600);
        var output = folder.Combine("evaluation");

        var outcome = await ChurnCommandLine.RunAsync("evaluate", "--model", run.ModelFolder, "--data", data, "--out", output);

        Assert.True(outcome.ExitCode == 0, $"exit code {outcome.ExitCode}: {outcome.Error}");
        var metrics = MetricsFile.ReadNumbers(Path.Combine(output, "metrics.json"));
        MetricsFile.AssertFiniteNumbers(metrics,
            "auc", "pr_auc", "accuracy", "precision", "recall", "f1", "cutoff", "min_cost", "cost_optimal_cutoff", "expected_churners");
        Assert.Equal(600, metrics["rows"]);
        Assert.Equal(0, metrics["rows_rejected"]);
        Assert.Equal(ChurnFiles.HeldOut(600).Count(c => c.Churned), metrics["churners"]);
        Assert.True(metrics["auc"] > 0.8, $"auc on unseen customers {metrics["auc"]}");
        foreach (var chart in new[] { ChurnCharts.Roc, ChurnCharts.PrecisionRecall, ChurnCharts.ScoreDistribution,
                     ChurnCharts.CostVersusCutoff, ChurnCharts.ConfusionMatrix, ChurnCharts.Calibration })
        {
            PngFile.AssertValid(Path.Combine(output, chart));
        }
    }

    [Fact]
    public async Task A_rejected_row_is_counted_and_fails_the_command_after_scoring_the_rest()
    {
        using var folder = new TempFolder();
        var lines = new[] { ChurnFiles.Header }.Concat(ChurnFiles.Lines.Skip(1 + ChurnFiles.TrainingRows).Take(200)).ToArray();
        var fields = lines[5].Split(',');
        fields[3] = "maybe"; // Int'l Plan
        lines[5] = string.Join(',', fields);
        var data = folder.Combine("one-bad.csv");
        File.WriteAllLines(data, lines);
        var output = folder.Combine("evaluation");

        var outcome = await ChurnCommandLine.RunAsync("evaluate", "--model", run.ModelFolder, "--data", data, "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        var metrics = MetricsFile.ReadNumbers(Path.Combine(output, "metrics.json"));
        Assert.Equal((199.0, 1.0), (metrics["rows"], metrics["rows_rejected"]));
    }

    [Fact]
    public async Task Data_without_the_label_column_fails_naming_it()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("unlabelled.csv");
        File.WriteAllLines(data, ChurnFiles.Lines.Skip(ChurnFiles.TrainingRows).Take(20).Prepend(ChurnFiles.Header).Select(l => l[..l.LastIndexOf(',')]));

        var outcome = await ChurnCommandLine.RunAsync("evaluate", "--model", run.ModelFolder, "--data", data, "--out", folder.Combine("evaluation"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'Churn?'", outcome.Error);
    }

    [Fact]
    public async Task Evaluate_without_data_is_a_usage_error()
    {
        var outcome = await ChurnCommandLine.RunAsync("evaluate", "--model", run.ModelFolder);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--data", outcome.Error);
    }
}

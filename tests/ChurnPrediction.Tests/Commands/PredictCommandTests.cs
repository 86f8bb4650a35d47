using System.Globalization;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Tests.Commands;

[Collection(RunCommandOutputCollection.Name)]
public sealed class PredictCommandTests(RunCommandOutput run)
{
    [Fact]
    public async Task Every_input_row_gets_a_probability_and_a_decision_at_the_bundles_cutoff()
    {
        using var folder = new TempFolder();
        // The input keeps its Churn? column, which predict must ignore.
        var input = ChurnFiles.WriteSlice(folder.Combine("customers.csv"), ChurnFiles.TrainingRows, 150);
        var output = folder.Combine("scored.csv");

        var outcome = await ChurnCommandLine.RunAsync("predict", "--model", run.ModelFolder, "--input", input, "--output", output);

        Assert.True(outcome.ExitCode == 0, $"exit code {outcome.ExitCode}: {outcome.Error}");
        var header = File.ReadLines(output).First().Split(',');
        Assert.Contains(ChurnPredictor.ProbabilityOutput, header);
        Assert.Contains(ChurnPredictor.DecisionOutput, header);
        Assert.DoesNotContain(ChurnRecord.LabelColumn, header);
        var scored = CsvLoader.Load<ScoredCustomer>(output, new CsvLoadOptions { Strict = true }).Rows;
        var customers = ChurnFiles.HeldOut(150);
        Assert.Equal(150, scored.Count);
        var (_, predictor) = ChurnBundle.Load(run.ModelFolder);
        for (var i = 0; i < customers.Count; i++)
        {
            Assert.Equal(CustomerValues.ToRow(customers[i]), CustomerValues.ToRow(scored[i]));
            Assert.Equal(predictor.PredictProbability(customers[i]), scored[i].ChurnProbability, 12);
            Assert.Equal(scored[i].ChurnProbability >= predictor.Cutoff, scored[i].PredictedChurn);
        }
        Assert.Contains(scored, s => s.PredictedChurn);
        Assert.Contains(scored, s => !s.PredictedChurn);
    }

    [Fact]
    public void The_cutoff_is_the_one_recorded_in_the_manifest()
    {
        var manifest = Solutions.Shared.Modeling.Bundles.ModelBundle.ReadManifest(run.ModelFolder);
        var (_, predictor) = ChurnBundle.Load(run.ModelFolder);

        Assert.Equal(double.Parse(manifest.Parameters[ChurnBundle.CutoffParameter], CultureInfo.InvariantCulture), predictor.Cutoff);
        var metrics = MetricsFile.ReadNumbers(Path.Combine(run.OutputFolder, "metrics.json"));
        Assert.Equal(metrics["deployed_cutoff"], predictor.Cutoff, 12);
    }

    [Fact]
    public async Task A_missing_model_option_is_a_usage_error_naming_it()
    {
        using var folder = new TempFolder();
        var input = ChurnFiles.WriteSlice(folder.Combine("customers.csv"), ChurnFiles.TrainingRows, 5);

        var outcome = await ChurnCommandLine.RunAsync("predict", "--input", input);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--model", outcome.Error);
    }

    [Fact]
    public async Task A_model_folder_that_does_not_exist_fails_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var input = ChurnFiles.WriteSlice(folder.Combine("customers.csv"), ChurnFiles.TrainingRows, 5);
        var missing = folder.Combine("no-such-model");

        var outcome = await ChurnCommandLine.RunAsync("predict", "--model", missing, "--input", input, "--output", folder.Combine("out.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(missing, outcome.Error);
        Assert.Contains("does not exist", outcome.Error);
        Assert.False(File.Exists(folder.Combine("out.csv")));
    }
}

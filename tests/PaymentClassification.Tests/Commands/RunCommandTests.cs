using System.Text.Json;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Serving;
using Solutions.PaymentClassification.Tests.Fixtures;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.PaymentClassification.Tests.Commands;

[Collection(TrainedRunCollection.Name)]
public sealed class RunCommandTests(TrainedRun run)
{
    [Fact]
    public void The_run_generates_the_missing_data_file_and_ingests_every_row()
    {
        Assert.True(File.Exists(run.DataPath));
        Assert.Equal(TrainedRun.Rows, TransactionCsv.LoadLabelled(run.DataPath).Rows.Count);
        Assert.Contains("Generated 5,000 transactions", run.Outcome.Output);
        Assert.Contains("5,000 added, 0 already stored", run.Outcome.Output);
    }

    [Fact]
    public void Metrics_hold_the_headline_figures_per_class_rows_the_baseline_and_the_time_split()
    {
        var root = run.Metrics.RootElement;
        foreach (var key in new[] { "accuracy", "macro_f1", "weighted_f1" })
        {
            var value = root.GetProperty(key).GetDouble();
            Assert.InRange(value, 0.0, 1.0);
        }
        var perClass = root.GetProperty("per_class").EnumerateArray().ToArray();
        Assert.Equal(TransactionCategories.All, perClass.Select(c => c.GetProperty("category").GetString()));
        // Each class is cut within one row of a fifth, so the test rows are about 1,000; the supports sum to them.
        Assert.Equal(root.GetProperty("test_rows").GetInt32(), perClass.Sum(c => c.GetProperty("support").GetInt32()));
        Assert.InRange(root.GetProperty("test_rows").GetInt32(), 990, 1010);
        Assert.InRange(root.GetProperty("baseline").GetProperty("macro_f1").GetDouble(), 0.0, 1.0);
        var time = root.GetProperty("time_split");
        Assert.Equal(TrainedRun.Rows, time.GetProperty("train_rows").GetInt32() + time.GetProperty("test_rows").GetInt32());
        Assert.InRange(time.GetProperty("store").GetProperty("accuracy").GetDouble(), 0.0, 1.0);
        Assert.Equal(7, root.GetProperty("group_importance").GetArrayLength());
    }

    [Fact]
    public void The_store_features_beat_the_public_examples_features_on_the_time_split()
    {
        // Measured at this size: store macro F1 about 0.75, baseline about 0.40; the margins asserted are half the gap.
        var time = run.Metrics.RootElement.GetProperty("time_split");
        double Figure(string model, string key) => time.GetProperty(model).GetProperty(key).GetDouble();
        Assert.True(Figure("store", "macro_f1") > Figure("baseline", "macro_f1") + 0.15,
            $"store macro F1 {Figure("store", "macro_f1"):F3}, baseline {Figure("baseline", "macro_f1"):F3}");
        Assert.True(Figure("store", "accuracy") > Figure("baseline", "accuracy") + 0.08,
            $"store accuracy {Figure("store", "accuracy"):F3}, baseline {Figure("baseline", "accuracy"):F3}");
    }

    [Fact]
    public void The_report_holds_the_classification_report_the_comparison_and_the_charts()
    {
        var report = File.ReadAllText(Path.Combine(run.OutputFolder, "report.md"));
        Assert.Contains("```\n                        precision    recall  f1-score   support", report);
        Assert.Contains("Pension and insurances", report);
        Assert.Contains("| random | baseline (public example's) |", report);
        Assert.Contains("| time | store |", report);
        Assert.Contains("accuracy 0.90, macro F1 0.95 and weighted F1 0.90", report);
        Assert.Contains("leak", report);
        foreach (var chart in new[] { "confusion_matrix.png", "confusion_matrix_time_split.png", "feature_importance.png", "store_vs_baseline.png" })
        {
            Assert.Contains($"]({chart})", report);
            PngFile.AssertValid(Path.Combine(run.OutputFolder, chart));
        }
        var (width, height) = PngFile.AssertValid(Path.Combine(run.OutputFolder, "confusion_matrix.png"));
        Assert.True(width >= 2000 && height >= 2000, $"a 19x19 matrix drawn {width}x{height} is too small to read");
    }

    [Fact]
    public void The_bundle_records_the_transaction_schema_the_outputs_and_the_store()
    {
        var manifest = ModelBundle.ReadManifest(run.ModelFolder);
        Assert.Equal("PaymentClassification", manifest.Solution);
        Assert.Equal(["receiver_id", "sender_id", "amount", "timestamp"], manifest.InputSchema.Select(c => c.Name));
        Assert.Equal(21, manifest.OutputSchema.Count);
        Assert.Equal("category", manifest.OutputSchema[0].Name);
        Assert.Equal("p_food_and_dining", manifest.OutputSchema[2 + 6].Name);
        Assert.Equal("sqlite", manifest.Parameters[PaymentBundle.StoreBackendParameter]);
        Assert.Equal(Path.Combine("..", "features.db"), manifest.Parameters[PaymentBundle.StoreParameter]);
        Assert.Equal(run.Metrics.RootElement.GetProperty("macro_f1").GetDouble(), manifest.Metrics["macro_f1"], 12);
        Assert.Equal(JsonValueKind.Number, run.Metrics.RootElement.GetProperty("seed").ValueKind);
    }
}

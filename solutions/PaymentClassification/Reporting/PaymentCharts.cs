using Solutions.Shared.Evaluation.Multiclass;
using Solutions.Shared.Modeling.Explaining;
using Solutions.Shared.Reporting.Charts;

namespace Solutions.PaymentClassification.Reporting;

/// <summary>The payment charts, each written as a PNG into the output folder; file names are fixed so reports can link them.</summary>
public static class PaymentCharts
{
    public const string ConfusionMatrix = "confusion_matrix.png";
    public const string TimeSplitConfusionMatrix = "confusion_matrix_time_split.png";
    public const string FeatureImportance = "feature_importance.png";
    public const string StoreVersusBaseline = "store_vs_baseline.png";

    /// <summary>A 19x19 matrix needs room for its names and two-line cells.</summary>
    private const int MatrixSize = 2000;

    public static void WriteConfusionMatrix(string folder, string fileName, ClassificationReport report, string title)
    {
        Directory.CreateDirectory(folder);
        var matrix = report.ConfusionMatrix;
        var size = matrix.Classes.Count;
        var counts = new int[size, size];
        for (var a = 0; a < size; a++)
        {
            for (var p = 0; p < size; p++)
            {
                counts[a, p] = matrix.Counts[a][p];
            }
        }
        new ConfusionMatrixChart(counts, matrix.Classes) { Title = title, Width = MatrixSize + 1000, Height = MatrixSize }
            .Save(Path.Combine(folder, fileName));
    }

    public static void WriteImportance(string folder, IReadOnlyList<FeatureImportance> importance) =>
        new FeatureImportanceChart([.. importance.Select(i => i.Feature)], [.. importance.Select(i => i.MeanDrop)])
            {
                Title = "Feature-group permutation importance (drop in test accuracy)",
                Errors = [.. importance.Select(i => i.StandardDeviation)],
                ValueLabel = "Accuracy drop",
                Width = 1100,
                Height = 500,
            }
            .Save(Path.Combine(folder, FeatureImportance));

    /// <summary>Macro F1 of the store model and the baseline on both splits.</summary>
    public static void WriteComparison(string folder, PaymentMetrics m) =>
        new BarChart(
                "Macro F1 on the test rows", "", "Macro F1",
                ["random split, store", "random split, baseline", "time split, store", "time split, baseline"],
                [m.MacroF1, m.Baseline.MacroF1, m.TimeSplit.Store.MacroF1, m.TimeSplit.Baseline.MacroF1])
            {
                ValueFormat = "0.000",
                Width = 1000,
                Height = 500,
            }
            .Save(Path.Combine(folder, StoreVersusBaseline));
}

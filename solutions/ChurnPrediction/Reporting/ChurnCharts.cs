using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Modeling.Explaining;
using Solutions.Shared.Reporting.Charts;

namespace Solutions.ChurnPrediction.Reporting;

/// <summary>The churn charts, each written as a PNG into the output folder; file names are fixed so reports can link them.</summary>
public static class ChurnCharts
{
    public const string Roc = "roc.png";
    public const string PrecisionRecall = "precision_recall.png";
    public const string ScoreDistribution = "score_distribution.png";
    public const string CostVersusCutoff = "cost_vs_cutoff.png";
    public const string ConfusionMatrix = "confusion_matrix.png";
    public const string Calibration = "calibration.png";
    public const string FeatureImportance = "feature_importance.png";

    /// <summary>The charts of an evaluation on labelled rows (the <c>run</c> and <c>evaluate</c> commands both write them).</summary>
    public static void WriteEvaluation(
        string folder, BinaryEvaluation evaluation, CostCurve costs,
        IReadOnlyList<double> probabilitiesOfChurners, IReadOnlyList<double> probabilitiesOfStayers)
    {
        Directory.CreateDirectory(folder);
        new RocChart(
                [.. evaluation.RocCurve.Select(p => p.FalsePositiveRate)],
                [.. evaluation.RocCurve.Select(p => p.TruePositiveRate)],
                evaluation.RocAuc)
            .Save(Path.Combine(folder, Roc));
        new PrecisionRecallChart(
                [.. evaluation.PrecisionRecallCurve.Select(p => p.Recall)],
                [.. evaluation.PrecisionRecallCurve.Select(p => p.Precision)],
                evaluation.PrAuc,
                (double)evaluation.Positives / (evaluation.Positives + evaluation.Negatives))
            .Save(Path.Combine(folder, PrecisionRecall));
        new ScoreDistributionChart(probabilitiesOfStayers, probabilitiesOfChurners)
            {
                Title = "Churn probability of stayers and churners (test set)",
                NegativeName = "stays",
                PositiveName = "churns",
                ScoreLabel = "Churn probability",
            }
            .Save(Path.Combine(folder, ScoreDistribution));
        // "Flag nobody" sits at an infinite cutoff; the chart shows the finite ones.
        var finite = costs.Points.Where(p => double.IsFinite(p.Cutoff)).ToArray();
        new CostVersusCutoffChart([.. finite.Select(p => p.Cutoff)], [.. finite.Select(p => p.TotalCost)], costs.OptimalCutoff)
            .Save(Path.Combine(folder, CostVersusCutoff));
        var m = evaluation.ConfusionMatrix;
        new ConfusionMatrixChart(new[,] { { m.TrueNegatives, m.FalsePositives }, { m.FalseNegatives, m.TruePositives } }, ["stays", "churns"])
            {
                Title = $"Confusion matrix at cutoff {evaluation.Cutoff:0.###}",
            }
            .Save(Path.Combine(folder, ConfusionMatrix));
        new ReliabilityChart(
                [.. evaluation.Calibration.Bins.Select(b => b.MeanPredicted)],
                [.. evaluation.Calibration.Bins.Select(b => b.ObservedRate)])
            .Save(Path.Combine(folder, Calibration));
    }

    public static void WriteImportance(string folder, IReadOnlyList<FeatureImportance> importance) =>
        new FeatureImportanceChart([.. importance.Select(i => i.Feature)], [.. importance.Select(i => i.MeanDrop)])
            {
                Title = "Permutation importance (drop in test ROC AUC)",
            }
            .Save(Path.Combine(folder, FeatureImportance));
}

using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Training.Model;
using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Reporting.Charts;

namespace Solutions.LungSurvival.Reporting;

/// <summary>The report's charts, saved as PNG under <c>charts/</c>.</summary>
public static class SurvivalCharts
{
    public const string Folder = "charts";
    public const string Roc = "charts/roc.png";
    public const string PcaVariance = "charts/pca-variance.png";
    public const string Modalities = "charts/modality-auc.png";

    /// <summary>Labels for <see cref="ModalityComparison"/>'s feature sets.</summary>
    public static string Label(string featureSet) => featureSet switch
    {
        ModalityComparison.ClinicalOnly => "Clinical",
        ModalityComparison.ClinicalGenomic => "+ genomic",
        ModalityComparison.All => "+ genomic + radiomic",
        _ => featureSet,
    };

    public static void Write(string outputFolder, CrossValidationResult main, IReadOnlyList<ModalityResult> modalities, PrincipalComponents pca, int repeats)
    {
        Directory.CreateDirectory(Path.Combine(outputFolder, Folder));
        var pooled = BinaryClassificationEvaluator.Evaluate(main.PooledLabels, main.PooledProbabilities);
        new RocChart([.. pooled.RocCurve.Select(p => p.FalsePositiveRate)], [.. pooled.RocCurve.Select(p => p.TruePositiveRate)], pooled.RocAuc)
        {
            Title = $"ROC curve, out-of-fold predictions pooled over {repeats} repeats",
        }.Save(Path.Combine(outputFolder, Roc));

        var cumulative = new double[pca.ExplainedVarianceRatio.Count];
        for (var k = 0; k < cumulative.Length; k++)
        {
            cumulative[k] = (k == 0 ? 0 : cumulative[k - 1]) + pca.ExplainedVarianceRatio[k];
        }
        var components = Enumerable.Range(1, cumulative.Length).Select(k => (double)k).ToArray();
        new LineChart($"PCA cumulative explained variance (final model keeps {pca.Count})", "Components", "Share of variance",
        [
            new ChartSeries("Cumulative explained variance", components, cumulative),
            new ChartSeries("95% target", [1, cumulative.Length], [PrincipalComponents.DefaultVarianceToKeep, PrincipalComponents.DefaultVarianceToKeep]),
        ]).Save(Path.Combine(outputFolder, PcaVariance));

        new BarChart("Cross-validated AUC by modality (same folds)", "Features", "Mean AUC",
            [.. modalities.Select(m => Label(m.FeatureSet))], [.. modalities.Select(m => m.CrossValidation.Auc.Mean)])
        {
            ValueFormat = "0.000",
        }.Save(Path.Combine(outputFolder, Modalities));
    }
}

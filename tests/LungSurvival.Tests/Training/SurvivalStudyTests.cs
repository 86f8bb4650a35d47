using System.Text.Json;
using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Reporting;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival.Tests.Training;

[Collection(SurvivalCohortCollection.Name)]
public sealed class SurvivalStudyTests(SurvivalCohortFixture cohort)
{
    [Fact]
    public void Writes_metrics_report_charts_pictures_and_bundle_and_repeats_them_byte_for_byte()
    {
        var first = Run("first");
        var second = Run("second");

        using var metrics = JsonDocument.Parse(File.ReadAllText(first.MetricsPath));
        var root = metrics.RootElement;
        foreach (var key in new[] { "cv_auc_mean", "cv_auc_ci_low", "cv_auc_ci_high", "pca_components", "n_features", "classifier", "folds", "repeats" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"metrics.json lacks {key}");
        }
        var byModality = root.GetProperty("auc_by_modality");
        Assert.Equal([ModalityComparison.ClinicalOnly, ModalityComparison.ClinicalGenomic, ModalityComparison.All],
            byModality.EnumerateObject().Select(p => p.Name));
        Assert.Equal(first.CrossValidation.Auc.Mean, root.GetProperty("cv_auc_mean").GetDouble());
        Assert.Equal(first.FeatureCount, root.GetProperty("n_features").GetInt32());

        var report = File.ReadAllText(first.ReportPath);
        Assert.Contains("**Not for clinical use.**", report);
        Assert.Contains("*synthetic*", report);
        var folder = Path.GetDirectoryName(first.ReportPath)!;
        foreach (var chart in new[] { SurvivalCharts.Roc, SurvivalCharts.PcaVariance, SurvivalCharts.Modalities })
        {
            Assert.Contains($"]({chart})", report);
            Assert.True(File.ReadAllBytes(Path.Combine(folder, chart)).AsSpan(0, 4).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), chart);
        }
        var pictures = Directory.GetFiles(Path.Combine(folder, SurvivalReport.PicturesFolder));
        Assert.Equal(3, pictures.Length);
        Assert.All(pictures, p => Assert.Contains($"]({SurvivalReport.PicturesFolder}/{Path.GetFileName(p)})", report));
        Assert.True(File.Exists(Path.Combine(first.BundleFolder, "manifest.json")));

        Assert.Equal(File.ReadAllText(first.MetricsPath), File.ReadAllText(second.MetricsPath));
        Assert.Equal(report, File.ReadAllText(second.ReportPath));
        foreach (var chart in new[] { SurvivalCharts.Roc, SurvivalCharts.PcaVariance, SurvivalCharts.Modalities })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, chart)), File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(second.ReportPath)!, chart)));
        }
    }

    [Fact]
    public void Compares_the_three_modalities_on_the_same_folds_and_keeps_95_percent_of_the_variance()
    {
        var result = Run("modalities");

        Assert.Equal([ModalityComparison.ClinicalOnly, ModalityComparison.ClinicalGenomic, ModalityComparison.All], result.Modalities.Select(m => m.FeatureSet));
        var counts = result.Modalities.Select(m => m.FeatureCount).ToArray();
        Assert.Equal(counts[0] + 21, counts[1]); // the 21 genes
        Assert.Equal(result.FeatureCount, counts[2]);
        Assert.Same(result.CrossValidation, result.Modalities[^1].CrossValidation);
        // Same folds: every feature set was scored on the same held-out patients in the same order.
        Assert.All(result.Modalities, m => Assert.Equal(result.CrossValidation.PooledLabels, m.CrossValidation.PooledLabels));
        Assert.All(result.Modalities, m => Assert.InRange(m.CrossValidation.Auc.Mean, 0, 1));
        Assert.True(result.FinalModel.Pca.KeptVariance >= 0.95);
        Assert.True(result.FinalModel.Pca.Count < result.FeatureCount);
        Assert.DoesNotContain(result.Encoder.FeatureNames, n => ClinicalFeatureColumns.Excluded.Any(e => n.StartsWith(e.Name, StringComparison.Ordinal)));
    }

    private SurvivalStudyResult Run(string name) =>
        SurvivalStudy.Run(cohort.Inputs, seed: 5, cohort.NewFolder(name), new PlainProgressDisplay(TextWriter.Null), SurvivalCohortFixture.QuickOptions);
}

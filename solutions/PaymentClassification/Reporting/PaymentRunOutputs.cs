using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Reporting;

/// <summary>Writes what a run leaves behind: the model bundle, metrics.json, the charts and report.md.</summary>
public static class PaymentRunOutputs
{
    public const string MetricsFile = "metrics.json";
    public const string ReportFile = "report.md";

    /// <returns>The metrics written and the bundle's manifest.</returns>
    public static (PaymentMetrics Metrics, BundleManifest Manifest) Write(
        PaymentRunOptions options, PaymentRunResult result, IProgressDisplay? progress = null)
    {
        progress ??= new PlainProgressDisplay(TextWriter.Null);
        var evaluation = result.Evaluation;
        var metrics = PaymentMetrics.From(evaluation, options.Seed);
        var manifest = progress.Step("Saving the model bundle", () => PaymentBundle.Save(
            options.ModelFolder, result.Model, result.TrainingSample, options.DataPath, metrics.ForManifest(), options.StoreLocation));
        progress.Step("Writing metrics, charts and report", () =>
        {
            PaymentCharts.WriteConfusionMatrix(options.OutputFolder, PaymentCharts.ConfusionMatrix, evaluation.Random.Store,
                "Confusion matrix, random split, store features (share of each actual category)");
            PaymentCharts.WriteConfusionMatrix(options.OutputFolder, PaymentCharts.TimeSplitConfusionMatrix, evaluation.Time.Store,
                "Confusion matrix, time split, store features (share of each actual category)");
            PaymentCharts.WriteImportance(options.OutputFolder, evaluation.Importance);
            PaymentCharts.WriteComparison(options.OutputFolder, metrics);
            MetricsJson.Write(Path.Combine(options.OutputFolder, MetricsFile), metrics);
            PaymentReport.Build(evaluation, metrics, manifest, options.DataPath, options.StoreLocation.Backend)
                .Save(Path.Combine(options.OutputFolder, ReportFile));
        });
        return (metrics, manifest);
    }
}

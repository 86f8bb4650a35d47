using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Reporting;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival.Training;

/// <summary>
/// The multimodal survival study end to end: join the tables, encode, cross-validate (nested, repeated,
/// stratified) on three feature sets with the same folds, refit the chosen model on every patient, and write the
/// bundle, metrics.json and report.md. Same inputs and seed, same metrics and report.
/// </summary>
public static class SurvivalStudy
{
    public const string ModelFolderName = "model";
    public const string MetricsFileName = "metrics.json";
    public const string ReportFileName = "report.md";

    public static SurvivalStudyResult Run(SurvivalStudyInputs inputs, int seed, string outputFolder, IProgressDisplay progress,
        SurvivalStudyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(progress);
        options ??= new SurvivalStudyOptions();
        var candidates = options.CandidateList;

        // 1. Load and join.
        var cohort = progress.Step("Joining clinical, gene and radiomic tables", () => SurvivalCohortReader.Read(inputs));
        var encoder = FeatureEncoder.Fit(cohort);
        var features = encoder.Encode(cohort);
        var labels = cohort.Dead;
        var folds = RepeatedFolds.Create(labels, options.Folds, options.Repeats, seed);

        // 2. Cross-validate each feature set on the same folds.
        var modalities = ModalityComparison.FeatureSets.Select(set =>
        {
            var subset = features.Select(set.Modalities);
            var result = progress.Step($"Nested {options.Folds}-fold x {options.Repeats} cross-validation: {set.Name} ({subset.Names.Count} features)",
                p => NestedCrossValidation.Run(subset.Rows, labels, folds, candidates, seed, p));
            return new ModalityResult(set.Name, subset.Names.Count, result);
        }).ToArray();

        // 3. Choose and refit on every patient.
        var (chosen, selection) = progress.Step("Choosing the final classifier on all patients",
            () => CandidateSelection.Choose(features.Rows, labels, candidates, seed, options.Folds));
        var model = progress.Step($"Refitting {chosen.Name} on all {cohort.Patients.Count} patients",
            () => SurvivalModel.Fit(features.Rows, labels, chosen, seed));

        // 4. Save.
        Directory.CreateDirectory(outputFolder);
        var main = modalities[^1].CrossValidation;
        var metrics = SurvivalMetrics.From(cohort, encoder, main, modalities, chosen.Name, selection, model, options, seed);
        var bundle = Path.Combine(outputFolder, ModelFolderName);
        progress.Step("Writing the model bundle", () => SurvivalBundle.Save(bundle, encoder, model, inputs.ClinicalCsv, metrics.BundleMetrics(), DateTimeOffset.UtcNow));
        var metricsPath = Path.Combine(outputFolder, MetricsFileName);
        var reportPath = Path.Combine(outputFolder, ReportFileName);
        var result = new SurvivalStudyResult(cohort.Patients.Count, cohort.DeadCount, encoder, main, modalities, selection, model,
            bundle, metricsPath, reportPath);
        progress.Step("Writing metrics.json and report.md", () =>
        {
            MetricsJson.Write(metricsPath, metrics);
            SurvivalReport.Write(outputFolder, result, metrics, inputs, cohort, options);
        });
        return result;
    }
}

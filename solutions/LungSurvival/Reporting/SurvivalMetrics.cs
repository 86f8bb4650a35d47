using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Reporting;

/// <summary>The study's metrics.json (snake_case keys through the shared MetricsJson). Nothing time-dependent, so a seed reproduces it.</summary>
/// <param name="CvAucMean">Mean held-out AUC of the nested cross-validation with all three modalities.</param>
/// <param name="AucByModality">Mean AUC per feature set, keyed by <see cref="ModalityComparison"/>'s names.</param>
/// <param name="ClassifierChoices">How many outer folds' inner loops chose each candidate.</param>
/// <param name="CandidateCvAuc">Each candidate's mean AUC on the outer folds had it always been used.</param>
/// <param name="FinalSelectionAuc">Each candidate's k-fold AUC on all patients, used to choose the saved model (optimistic).</param>
public sealed record SurvivalMetrics(
    string Solution,
    int Seed,
    int Patients,
    int Dead,
    int NFeatures,
    int NClinicalFeatures,
    int NGenomicFeatures,
    int NRadiomicFeatures,
    int PcaComponents,
    double PcaExplainedVariance,
    double CvAucMean,
    double CvAucCiLow,
    double CvAucCiHigh,
    string CiMethod,
    int Folds,
    int Repeats,
    string Classifier,
    IReadOnlyDictionary<string, double> AucByModality,
    IReadOnlyList<ModalityAuc> Modalities,
    IReadOnlyDictionary<string, int> ClassifierChoices,
    IReadOnlyDictionary<string, double> CandidateCvAuc,
    IReadOnlyDictionary<string, double> FinalSelectionAuc,
    double PooledOutOfFoldAuc,
    double AucGainAllVsClinical,
    double AucGainAllVsClinicalCiLow,
    double AucGainAllVsClinicalCiHigh,
    IReadOnlyList<string> ExcludedColumns)
{
    public static SurvivalMetrics From(
        SurvivalCohort cohort, FeatureEncoder encoder, CrossValidationResult main, IReadOnlyList<ModalityResult> modalities,
        string classifier, IReadOnlyList<CandidateScore> selection, SurvivalModel model, SurvivalStudyOptions options, int seed)
    {
        int Count(FeatureModality m) => encoder.Modalities.Count(x => x == m);
        var gain = ModalityComparison.Gain(modalities[^1].CrossValidation, modalities[0].CrossValidation);
        return new SurvivalMetrics(
            Serving.SurvivalBundle.SolutionName,
            seed,
            cohort.Patients.Count,
            cohort.DeadCount,
            encoder.FeatureNames.Count,
            Count(FeatureModality.Clinical),
            Count(FeatureModality.Genomic),
            Count(FeatureModality.Radiomic),
            model.Pca.Count,
            model.Pca.KeptVariance,
            main.Auc.Mean,
            main.Auc.Low,
            main.Auc.High,
            AucInterval.Method,
            options.Folds,
            options.Repeats,
            classifier,
            modalities.ToDictionary(m => m.FeatureSet, m => m.CrossValidation.Auc.Mean),
            [.. modalities.Select(m => new ModalityAuc(m.FeatureSet, m.FeatureCount, m.CrossValidation.Auc.Mean, m.CrossValidation.Auc.Low, m.CrossValidation.Auc.High))],
            main.ChoiceCounts.ToDictionary(p => p.Key, p => p.Value),
            main.CandidateAucs.ToDictionary(c => c.Candidate, c => c.MeanAuc),
            selection.ToDictionary(c => c.Candidate, c => c.MeanAuc),
            Shared.Evaluation.Binary.BinaryClassificationEvaluator.Evaluate(main.PooledLabels, main.PooledProbabilities).RocAuc,
            gain.Mean,
            gain.Low,
            gain.High,
            [.. ClinicalFeatureColumns.Excluded.Select(e => e.Name)]);
    }

    /// <summary>The headline numbers recorded in the bundle's manifest.</summary>
    public IReadOnlyDictionary<string, double> BundleMetrics() => new Dictionary<string, double>
    {
        ["cv_auc_mean"] = CvAucMean,
        ["cv_auc_ci_low"] = CvAucCiLow,
        ["cv_auc_ci_high"] = CvAucCiHigh,
        ["pca_components"] = PcaComponents,
        ["n_features"] = NFeatures,
    };
}

using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Training;

/// <summary>What a survival study measured and wrote.</summary>
/// <param name="CrossValidation">Nested cross-validation of the full model (all three modalities).</param>
/// <param name="Modalities">The same, per feature set, on the same folds; the last is <paramref name="CrossValidation"/>.</param>
/// <param name="FinalSelection">Each candidate's AUC when the final classifier was chosen on all patients (optimistic: the choice saw these folds).</param>
/// <param name="FinalModel">The model refitted on every patient, as saved in the bundle.</param>
public sealed record SurvivalStudyResult(
    int Patients,
    int Dead,
    FeatureEncoder Encoder,
    CrossValidationResult CrossValidation,
    IReadOnlyList<ModalityResult> Modalities,
    IReadOnlyList<CandidateScore> FinalSelection,
    SurvivalModel FinalModel,
    string BundleFolder,
    string MetricsPath,
    string ReportPath)
{
    public int FeatureCount => Encoder.FeatureNames.Count;
}

using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>The feature sets compared on the same folds: each adds a modality to the one before.</summary>
public static class ModalityComparison
{
    public const string ClinicalOnly = "clinical";
    public const string ClinicalGenomic = "clinical_genomic";
    public const string All = "clinical_genomic_radiomic";

    public static IReadOnlyList<(string Name, IReadOnlyList<FeatureModality> Modalities)> FeatureSets { get; } =
    [
        (ClinicalOnly, [FeatureModality.Clinical]),
        (ClinicalGenomic, [FeatureModality.Clinical, FeatureModality.Genomic]),
        (All, [FeatureModality.Clinical, FeatureModality.Genomic, FeatureModality.Radiomic]),
    ];
}

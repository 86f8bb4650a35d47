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

    /// <summary>
    /// The AUC gained by <paramref name="richer"/> over <paramref name="poorer"/>, fold by fold on the same folds, with
    /// the same corrected t-interval applied to the paired differences (Nadeau and Bengio's corrected paired test).
    /// </summary>
    public static AucInterval Gain(CrossValidationResult richer, CrossValidationResult poorer)
    {
        if (richer.FoldAucs.Count != poorer.FoldAucs.Count || !richer.PooledLabels.SequenceEqual(poorer.PooledLabels))
        {
            throw new ArgumentException("The two cross-validations did not use the same folds; their AUCs cannot be paired.");
        }
        return AucInterval.Corrected([.. richer.FoldAucs.Zip(poorer.FoldAucs, (a, b) => a - b)], richer.TestToTrainRatio);
    }
}

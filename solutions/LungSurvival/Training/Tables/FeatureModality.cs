namespace Solutions.LungSurvival.Training.Tables;

/// <summary>Where a feature comes from; the modality comparison adds them in this order.</summary>
public enum FeatureModality
{
    Clinical,
    Genomic,
    Radiomic,
}

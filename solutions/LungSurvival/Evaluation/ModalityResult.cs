namespace Solutions.LungSurvival.Evaluation;

/// <summary>One feature set's nested cross-validation in the modality comparison.</summary>
/// <param name="FeatureSet">One of <see cref="ModalityComparison"/>'s names.</param>
public sealed record ModalityResult(string FeatureSet, int FeatureCount, CrossValidationResult CrossValidation);

using Solutions.Shared.Data.Splits;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>One fold of one repeat of repeated stratified k-fold cross-validation.</summary>
public sealed record RepeatedFold(int Repeat, Fold Fold);

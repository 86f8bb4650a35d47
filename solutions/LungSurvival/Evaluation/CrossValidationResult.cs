namespace Solutions.LungSurvival.Evaluation;

/// <summary>What nested repeated cross-validation measured on one feature set.</summary>
/// <param name="FoldAucs">Held-out AUC of each outer fold, repeat by repeat; the model in each was chosen and fitted on that fold's training patients only.</param>
/// <param name="Auc">The mean and its corrected 95% interval.</param>
/// <param name="ChosenPerFold">The classifier the inner loop chose in each outer fold.</param>
/// <param name="ComponentsPerFold">Principal components kept in each outer fold.</param>
/// <param name="CandidateAucs">Each candidate's mean held-out AUC on the same outer folds, had it always been used (a comparison, not an estimate of the chosen model).</param>
/// <param name="PooledLabels">Every outer fold's held-out labels, all repeats pooled.</param>
/// <param name="PooledProbabilities">The held-out P(Dead) matching <paramref name="PooledLabels"/>.</param>
/// <param name="TestToTrainRatio">n_test / n_train of the outer folds, for the interval's correction.</param>
public sealed record CrossValidationResult(
    IReadOnlyList<double> FoldAucs,
    AucInterval Auc,
    IReadOnlyList<string> ChosenPerFold,
    IReadOnlyList<int> ComponentsPerFold,
    IReadOnlyList<CandidateScore> CandidateAucs,
    IReadOnlyList<bool> PooledLabels,
    IReadOnlyList<double> PooledProbabilities,
    double TestToTrainRatio)
{
    /// <summary>How many outer folds chose each candidate, most often first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ChoiceCounts =>
        [.. ChosenPerFold.GroupBy(c => c).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
}

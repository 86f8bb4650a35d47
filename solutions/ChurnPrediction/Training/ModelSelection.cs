namespace Solutions.ChurnPrediction.Training;

/// <summary>Every candidate's cross-validation result and the winner (highest mean AUC).</summary>
public sealed record ModelSelection(IReadOnlyList<CandidateScore> Candidates, int Folds)
{
    public CandidateScore Best => Candidates.MaxBy(c => c.MeanAuc)!;
}

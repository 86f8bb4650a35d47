namespace Solutions.ChurnPrediction.Training;

/// <summary>Every candidate's cross-validation result, and the choice among them.</summary>
public sealed record ModelSelection(IReadOnlyList<CandidateScore> Candidates, int Folds)
{
    /// <summary>The candidate with the highest mean AUC.</summary>
    public CandidateScore Top => Candidates.MaxBy(c => c.MeanAuc)!;

    /// <summary>
    /// The one-standard-error rule (Breiman et al.): among candidates whose mean AUC is within one standard
    /// error of the top, the simplest (without the redundant Charge columns), then the highest AUC. A gain
    /// smaller than the folds' own noise does not buy extra features.
    /// </summary>
    public CandidateScore Best
    {
        get
        {
            var threshold = Top.MeanAuc - Top.AucStandardError;
            return Candidates
                .Where(c => c.MeanAuc >= threshold)
                .OrderBy(c => c.Candidate.FeatureSet.IncludeCharges)
                .ThenByDescending(c => c.MeanAuc)
                .First();
        }
    }
}

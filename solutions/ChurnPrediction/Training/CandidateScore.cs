namespace Solutions.ChurnPrediction.Training;

/// <summary>A candidate's cross-validated ROC AUC on the training rows.</summary>
public sealed record CandidateScore(ChurnCandidate Candidate, IReadOnlyList<double> FoldAucs)
{
    public double MeanAuc => FoldAucs.Average();

    /// <summary>Sample standard deviation over folds.</summary>
    public double AucStandardDeviation
    {
        get
        {
            var mean = MeanAuc;
            return Math.Sqrt(FoldAucs.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, FoldAucs.Count - 1));
        }
    }

    /// <summary>Standard error of the mean AUC: the standard deviation over the square root of the fold count.</summary>
    public double AucStandardError => AucStandardDeviation / Math.Sqrt(FoldAucs.Count);
}

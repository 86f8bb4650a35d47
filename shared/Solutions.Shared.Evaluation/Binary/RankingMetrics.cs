namespace Solutions.Shared.Evaluation.Binary;

/// <summary>Threshold-free metrics and curves, computed from score groups sorted highest first.</summary>
internal static class RankingMetrics
{
    /// <summary>
    /// Probability that a random positive outscores a random negative, ties counting half (the Mann-Whitney U
    /// statistic over P × N). Equals the trapezoidal area under the ROC curve. NaN when a class is absent.
    /// </summary>
    public static double RocAuc(IReadOnlyList<ScoreGroup> groups, int positives, int negatives)
    {
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double concordantPairs = 0;
        long positivesAbove = 0;
        foreach (var group in groups)
        {
            // Each negative here is beaten by every positive above and ties with the positives beside it.
            concordantPairs += group.Negatives * (positivesAbove + (group.Positives / 2.0));
            positivesAbove += group.Positives;
        }

        return concordantPairs / ((double)positives * negatives);
    }

    /// <summary>
    /// Average precision as scikit-learn's <c>average_precision_score</c>: the sum over distinct thresholds,
    /// highest first, of (R_n − R_{n−1}) × P_n with R_0 = 0; a step function, not a trapezoid.
    /// NaN when a class is absent.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<ScoreGroup> groups, int positives, int negatives)
    {
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double sum = 0, previousRecall = 0;
        int truePositives = 0, flagged = 0;
        foreach (var group in groups)
        {
            truePositives += group.Positives;
            flagged += group.Positives + group.Negatives;
            var recall = truePositives / (double)positives;
            sum += (recall - previousRecall) * (truePositives / (double)flagged);
            previousRecall = recall;
        }

        return sum;
    }

    /// <summary>From (0, 0) at threshold +∞ to (1, 1) at the lowest score; a rate is NaN when its class is absent.</summary>
    public static IReadOnlyList<RocPoint> RocCurve(IReadOnlyList<ScoreGroup> groups, int positives, int negatives)
    {
        var points = new List<RocPoint>(groups.Count + 1) { new(double.PositiveInfinity, Ratios.OrNaN(0, negatives), Ratios.OrNaN(0, positives)) };
        int truePositives = 0, falsePositives = 0;
        foreach (var group in groups)
        {
            truePositives += group.Positives;
            falsePositives += group.Negatives;
            points.Add(new RocPoint(group.Score, Ratios.OrNaN(falsePositives, negatives), Ratios.OrNaN(truePositives, positives)));
        }

        return points.AsReadOnly();
    }

    /// <summary>
    /// Starts, as scikit-learn's curve ends, at threshold +∞ with recall 0 and precision 1 by convention,
    /// then one point per distinct score, highest first. Recall is NaN when there are no positives.
    /// </summary>
    public static IReadOnlyList<PrecisionRecallPoint> PrecisionRecallCurve(IReadOnlyList<ScoreGroup> groups, int positives)
    {
        var points = new List<PrecisionRecallPoint>(groups.Count + 1) { new(double.PositiveInfinity, Ratios.OrNaN(0, positives), 1.0) };
        int truePositives = 0, flagged = 0;
        foreach (var group in groups)
        {
            truePositives += group.Positives;
            flagged += group.Positives + group.Negatives;
            points.Add(new PrecisionRecallPoint(group.Score, Ratios.OrNaN(truePositives, positives), truePositives / (double)flagged));
        }

        return points.AsReadOnly();
    }
}

namespace Solutions.Shared.Evaluation.Binary;

/// <summary>Measures a binary classifier from its labels and scores, with the conventions of scikit-learn.</summary>
public static class BinaryClassificationEvaluator
{
    private const double ProbabilityClip = 1e-15;

    /// <summary>Computes every binary metric, curve and the reliability diagram in one pass over a single sort.</summary>
    /// <param name="labels">True for a positive row.</param>
    /// <param name="scores">One finite score per label; higher means more likely positive.</param>
    /// <param name="cutoff">A row is predicted positive when its score is at least this. The default is 0.5.</param>
    /// <param name="calibrationBinCount">Equal-width bins of the reliability diagram. The default is 10.</param>
    /// <exception cref="ArgumentException">
    /// The lists differ in length or are empty, a score is not finite, or the cutoff is NaN.
    /// </exception>
    /// <remarks>A single-class label set is not an error: <see cref="BinaryEvaluation.RocAuc"/> and <see cref="BinaryEvaluation.PrAuc"/> are then NaN.</remarks>
    public static BinaryEvaluation Evaluate(
        IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double cutoff = 0.5, int calibrationBinCount = 10)
    {
        InputValidation.RequirePairedRows(labels, nameof(labels), scores, nameof(scores));
        InputValidation.RequireFinite(scores, nameof(scores));
        if (double.IsNaN(cutoff))
        {
            throw new ArgumentException("cutoff is NaN; expected a number (a row is flagged when score >= cutoff).", nameof(cutoff));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(calibrationBinCount, 1);

        var groups = ScoreRanking.GroupDescending(labels, scores);
        var positives = labels.Count(label => label);
        var negatives = labels.Count - positives;

        return new BinaryEvaluation(
            cutoff,
            positives,
            negatives,
            RankingMetrics.RocAuc(groups, positives, negatives),
            RankingMetrics.AveragePrecision(groups, positives, negatives),
            LogLoss(labels, scores),
            BrierScore(labels, scores),
            ConfusionMatrixAt(labels, scores, cutoff),
            RankingMetrics.RocCurve(groups, positives, negatives),
            RankingMetrics.PrecisionRecallCurve(groups, positives),
            ReliabilityDiagram.Build(labels, scores, calibrationBinCount));
    }

    private static BinaryConfusionMatrix ConfusionMatrixAt(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double cutoff)
    {
        int truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            switch (labels[i], scores[i] >= cutoff)
            {
                case (true, true): truePositives++; break;
                case (false, true): falsePositives++; break;
                case (false, false): trueNegatives++; break;
                case (true, false): falseNegatives++; break;
            }
        }

        return new BinaryConfusionMatrix(truePositives, falsePositives, trueNegatives, falseNegatives);
    }

    private static double LogLoss(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        double sum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            // Clipping keeps one confident mistake from making the mean infinite.
            var p = Math.Clamp(scores[i], ProbabilityClip, 1 - ProbabilityClip);
            sum -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / labels.Count;
    }

    private static double BrierScore(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        double sum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var error = scores[i] - (labels[i] ? 1.0 : 0.0);
            sum += error * error;
        }

        return sum / labels.Count;
    }
}

using Solutions.Shared.Evaluation.Binary;

namespace Solutions.Shared.Evaluation.Tests.Binary;

public sealed class BinaryClassificationEvaluatorTests
{
    private const double Tolerance = 1e-12;

    // Two positives (0.9, 0.4) and two negatives (0.6, 0.1).
    private static readonly bool[] Labels = [true, true, false, false];
    private static readonly double[] Scores = [0.9, 0.4, 0.6, 0.1];

    [Fact]
    public void RocAucCountsConcordantPairs()
    {
        // Pairs (positive, negative): (0.9, 0.6) yes, (0.9, 0.1) yes, (0.4, 0.6) no, (0.4, 0.1) yes -> 3 of 4.
        var evaluation = BinaryClassificationEvaluator.Evaluate(Labels, Scores);

        Assert.Equal(0.75, evaluation.RocAuc, Tolerance);
        Assert.Equal(2, evaluation.Positives);
        Assert.Equal(2, evaluation.Negatives);
    }

    [Fact]
    public void RocAucCountsATiedPairAsHalf()
    {
        // Positives 0.8, 0.5; negatives 0.5, 0.2. Pairs: (0.8, 0.5) 1, (0.8, 0.2) 1, (0.5, 0.5) tie 1/2, (0.5, 0.2) 1
        // -> 3.5 / 4 = 0.875.
        var evaluation = BinaryClassificationEvaluator.Evaluate([true, false, true, false], [0.8, 0.5, 0.5, 0.2]);

        Assert.Equal(0.875, evaluation.RocAuc, Tolerance);
    }

    [Fact]
    public void PrAucIsAveragePrecisionOverDistinctThresholds()
    {
        // Thresholds high to low, P = 2 positives:
        //   0.9 (pos): TP 1 of 1 flagged, R 0.5, P 1   -> (0.5 - 0) * 1   = 0.5
        //   0.6 (neg): TP 1 of 2 flagged, R 0.5        -> recall unchanged, adds 0
        //   0.4 (pos): TP 2 of 3 flagged, R 1, P 2/3   -> (1 - 0.5) * 2/3 = 1/3
        //   0.1 (neg): recall unchanged, adds 0
        // AP = 0.5 + 1/3 = 0.8333 (scikit-learn's average_precision_score docs give 0.83 for this ranking).
        var evaluation = BinaryClassificationEvaluator.Evaluate(Labels, Scores);

        Assert.Equal(0.5 + (1.0 / 3), evaluation.PrAuc, Tolerance);
    }

    [Fact]
    public void PrAucTreatsTiedScoresAsOneThreshold()
    {
        // 0.8 (pos): R 0.5, P 1 -> 0.5. The tie at 0.5 (one pos, one neg) is one threshold: TP 2 of 3, R 1, P 2/3
        // -> 0.5 * 2/3. Taking the tied positive first would wrongly give P 1 there and AP 1.
        var evaluation = BinaryClassificationEvaluator.Evaluate([true, false, true, false], [0.8, 0.5, 0.5, 0.2]);

        Assert.Equal(0.5 + (1.0 / 3), evaluation.PrAuc, Tolerance);
    }

    [Fact]
    public void ConfusionMatrixFlagsScoresAtOrAboveTheCutoff()
    {
        // Cutoff 0.4: 0.9 (pos) TP, 0.4 (pos, equal to the cutoff) TP, 0.6 (neg) FP, 0.1 (neg) TN.
        var evaluation = BinaryClassificationEvaluator.Evaluate(Labels, Scores, cutoff: 0.4);

        Assert.Equal(new BinaryConfusionMatrix(TruePositives: 2, FalsePositives: 1, TrueNegatives: 1, FalseNegatives: 0), evaluation.ConfusionMatrix);
        Assert.Equal(0.4, evaluation.Cutoff);
        Assert.Equal(3.0 / 4, evaluation.Accuracy, Tolerance); // (2 + 1) / 4
        Assert.Equal(2.0 / 3, evaluation.Precision, Tolerance); // 2 / (2 + 1)
        Assert.Equal(1.0, evaluation.Recall, Tolerance); // 2 / (2 + 0)
        Assert.Equal(0.5, evaluation.Specificity, Tolerance); // 1 / (1 + 1)
        Assert.Equal(0.8, evaluation.F1, Tolerance); // 2*2 / (2*2 + 1 + 0)
    }

    [Fact]
    public void PrecisionIsZeroWhenNothingIsFlagged()
    {
        // Cutoff 0.95 flags nobody: TP 0, FP 0, TN 2, FN 2; precision 0/0 -> 0 (zero_division=0).
        var evaluation = BinaryClassificationEvaluator.Evaluate(Labels, Scores, cutoff: 0.95);

        Assert.Equal(0, evaluation.ConfusionMatrix.PredictedPositives);
        Assert.Equal(0.0, evaluation.Precision);
        Assert.Equal(0.0, evaluation.Recall);
        Assert.Equal(0.0, evaluation.F1);
        Assert.Equal(1.0, evaluation.Specificity);
        Assert.Equal(0.5, evaluation.Accuracy);
    }

    [Fact]
    public void LogLossAndBrierScoreAverageOverRows()
    {
        // Positive at 0.8, negative at 0.4: log loss = -(ln 0.8 + ln 0.6) / 2 = 0.366984587540;
        // Brier = ((0.8 - 1)^2 + (0.4 - 0)^2) / 2 = (0.04 + 0.16) / 2 = 0.1.
        var evaluation = BinaryClassificationEvaluator.Evaluate([true, false], [0.8, 0.4]);

        Assert.Equal(0.3669845875401002, evaluation.LogLoss, 1e-12);
        Assert.Equal(0.1, evaluation.BrierScore, Tolerance);
    }

    [Fact]
    public void LogLossClipsCertainMistakes()
    {
        // Positive at 0 is clipped to 1e-15: -ln(1e-15) = 34.538776394910684. Negative at 1 is clipped to 1 - 1e-15,
        // which in doubles leaves 1 - p = 9.992007221626409e-16: -ln of that = 34.53957599234088.
        // Mean = 34.53917619362578; finite where an unclipped loss would be infinite.
        var evaluation = BinaryClassificationEvaluator.Evaluate([true, false], [0.0, 1.0]);

        Assert.Equal(34.53917619362578, evaluation.LogLoss, 1e-9);
        Assert.Equal(1.0, evaluation.BrierScore, Tolerance);
    }

    [Fact]
    public void SingleClassLabelsGiveNaNAucsRatherThanAnError()
    {
        var evaluation = BinaryClassificationEvaluator.Evaluate([true, true, true], [0.3, 0.7, 0.5]);

        Assert.True(double.IsNaN(evaluation.RocAuc));
        Assert.True(double.IsNaN(evaluation.PrAuc));
        Assert.Equal(3, evaluation.Positives);
        Assert.Equal(0, evaluation.Negatives);
        Assert.Equal(2.0 / 3, evaluation.Recall, Tolerance); // 0.7 and 0.5 reach the 0.5 cutoff
    }

    [Fact]
    public void RocCurveHasOnePointPerDistinctScoreFromOriginToOneOne()
    {
        // scikit-learn's roc_curve docs: labels (0, 0, 1, 1), scores (0.1, 0.4, 0.35, 0.8) give
        // thresholds (inf, 0.8, 0.4, 0.35, 0.1), FPR (0, 0, 0.5, 0.5, 1), TPR (0, 0.5, 0.5, 1, 1).
        var evaluation = BinaryClassificationEvaluator.Evaluate([false, false, true, true], [0.1, 0.4, 0.35, 0.8]);

        RocPoint[] expected =
        [
            new(double.PositiveInfinity, 0, 0),
            new(0.8, 0, 0.5),
            new(0.4, 0.5, 0.5),
            new(0.35, 0.5, 1),
            new(0.1, 1, 1),
        ];
        Assert.Equal(expected, evaluation.RocCurve);
    }

    [Fact]
    public void PrecisionRecallCurveStartsAtRecallZeroPrecisionOne()
    {
        // Same data as scikit-learn's precision_recall_curve docs, which list precision (0.5, 0.67, 0.5, 1, 1) and
        // recall (1, 1, 0.5, 0.5, 0) for thresholds (0.1, 0.35, 0.4, 0.8, -); here highest threshold first.
        var evaluation = BinaryClassificationEvaluator.Evaluate([false, false, true, true], [0.1, 0.4, 0.35, 0.8]);

        PrecisionRecallPoint[] expected =
        [
            new(double.PositiveInfinity, 0, 1),
            new(0.8, 0.5, 1),
            new(0.4, 0.5, 0.5),
            new(0.35, 1, 2.0 / 3),
            new(0.1, 1, 0.5),
        ];
        Assert.Equal(expected, evaluation.PrecisionRecallCurve);
    }

    [Fact]
    public void RocAucMatchesBruteForcePairCountingOnRandomTiedScores()
    {
        // Scores rounded to one decimal make many ties; the O(n^2) pair count is the definition.
        var random = new Random(20240611);
        var labels = new bool[300];
        var scores = new double[300];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = random.NextDouble() < 0.3;
            scores[i] = Math.Round((random.NextDouble() * 0.6) + (labels[i] ? 0.3 : 0.0), 1);
        }

        double pairs = 0, concordant = 0;
        for (var p = 0; p < labels.Length; p++)
        {
            for (var n = 0; n < labels.Length; n++)
            {
                if (labels[p] && !labels[n])
                {
                    pairs++;
                    concordant += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                }
            }
        }

        var evaluation = BinaryClassificationEvaluator.Evaluate(labels, scores);

        Assert.Equal(concordant / pairs, evaluation.RocAuc, 1e-12);
        Assert.Equal(scores.Distinct().Count() + 1, evaluation.RocCurve.Count);
        Assert.Equal(new RocPoint(scores.Min(), 1, 1), evaluation.RocCurve[^1]);
    }

    [Fact]
    public void MismatchedLengthsAreRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.Evaluate([true, false], [0.1, 0.2, 0.3]));

        Assert.Contains("labels has 2 rows but scores has 3", error.Message);
    }

    [Fact]
    public void EmptyInputIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.Evaluate([], []));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void NonFiniteScoreIsRejectedWithItsIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.Evaluate([true, false], [0.1, double.NaN]));

        Assert.Contains("scores[1] is NaN", error.Message);
        Assert.Equal("scores", error.ParamName);
    }
}

namespace Solutions.Shared.Evaluation.Binary;

/// <summary>
/// Counts of the four outcomes at one cutoff, and the rates derived from them. A rate whose denominator is zero
/// is 0, as scikit-learn with <c>zero_division=0</c>.
/// </summary>
public sealed record BinaryConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Rows flagged positive: true positives plus false positives.</summary>
    public int PredictedPositives => TruePositives + FalsePositives;

    public double Accuracy => Ratios.OrZero(TruePositives + TrueNegatives, Total);

    /// <summary>TP / (TP + FP); 0 when nothing is flagged.</summary>
    public double Precision => Ratios.OrZero(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), the true positive rate; 0 when there are no positives.</summary>
    public double Recall => Ratios.OrZero(TruePositives, TruePositives + FalseNegatives);

    /// <summary>TN / (TN + FP), the true negative rate; 0 when there are no negatives.</summary>
    public double Specificity => Ratios.OrZero(TrueNegatives, TrueNegatives + FalsePositives);

    /// <summary>2TP / (2TP + FP + FN), the harmonic mean of precision and recall; 0 when TP + FP + FN is 0.</summary>
    public double F1 => Ratios.OrZero(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);
}

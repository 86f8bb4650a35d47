namespace Solutions.Shared.Evaluation.Binary;

/// <summary>Everything measured about a binary classifier's scores on one labelled set.</summary>
/// <param name="Cutoff">A row is predicted positive when its score is at least this.</param>
/// <param name="Positives">Rows labelled true.</param>
/// <param name="Negatives">Rows labelled false.</param>
/// <param name="RocAuc">
/// Area under the ROC curve: the probability that a random positive scores above a random negative, ties counting
/// half (the Mann-Whitney statistic). NaN when the labels hold only one class.
/// </param>
/// <param name="PrAuc">
/// Average precision, as scikit-learn's <c>average_precision_score</c>: Σ (R_n − R_{n−1}) P_n over the distinct
/// scores taken as thresholds, highest first, with R_0 = 0. A step sum, not a trapezoid, so it is not optimistic.
/// NaN when the labels hold only one class.
/// </param>
/// <param name="LogLoss">
/// Mean of −ln p for positives and −ln(1 − p) for negatives, with each score p clipped to [1e-15, 1 − 1e-15].
/// Only meaningful when scores are probabilities.
/// </param>
/// <param name="BrierScore">Mean of (score − label)²; only meaningful when scores are probabilities.</param>
/// <param name="ConfusionMatrix">Outcome counts at <see cref="Cutoff"/>.</param>
/// <param name="RocCurve">
/// One point per distinct score, highest threshold first, after a starting point (0, 0) at threshold +∞;
/// ends at (1, 1). A rate is NaN when its class is absent.
/// </param>
/// <param name="PrecisionRecallCurve">
/// One point per distinct score, highest threshold first, after a starting point (recall 0, precision 1)
/// at threshold +∞, as scikit-learn's <c>precision_recall_curve</c> (which lists the same points in reverse).
/// </param>
/// <param name="Calibration">Reliability diagram and expected calibration error.</param>
public sealed record BinaryEvaluation(
    double Cutoff,
    int Positives,
    int Negatives,
    double RocAuc,
    double PrAuc,
    double LogLoss,
    double BrierScore,
    BinaryConfusionMatrix ConfusionMatrix,
    IReadOnlyList<RocPoint> RocCurve,
    IReadOnlyList<PrecisionRecallPoint> PrecisionRecallCurve,
    ReliabilityDiagram Calibration)
{
    public int Count => Positives + Negatives;

    /// <inheritdoc cref="BinaryConfusionMatrix.Accuracy"/>
    public double Accuracy => ConfusionMatrix.Accuracy;

    /// <inheritdoc cref="BinaryConfusionMatrix.Precision"/>
    public double Precision => ConfusionMatrix.Precision;

    /// <inheritdoc cref="BinaryConfusionMatrix.Recall"/>
    public double Recall => ConfusionMatrix.Recall;

    /// <inheritdoc cref="BinaryConfusionMatrix.F1"/>
    public double F1 => ConfusionMatrix.F1;

    /// <inheritdoc cref="BinaryConfusionMatrix.Specificity"/>
    public double Specificity => ConfusionMatrix.Specificity;
}

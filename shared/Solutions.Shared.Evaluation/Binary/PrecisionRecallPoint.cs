namespace Solutions.Shared.Evaluation.Binary;

/// <summary>One point of a precision-recall curve: flagging every row whose score is at least <see cref="Threshold"/>.</summary>
public sealed record PrecisionRecallPoint(double Threshold, double Recall, double Precision);

namespace Solutions.Shared.Evaluation.Binary;

/// <summary>One point of a ROC curve: the rates obtained by flagging every row whose score is at least <see cref="Threshold"/>.</summary>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);

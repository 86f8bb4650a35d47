namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>One row of a classification report: how well one class was predicted, one-vs-rest.</summary>
/// <param name="Label">The class.</param>
/// <param name="Precision">Of the rows predicted as this class, the fraction that are; 0 when none were predicted.</param>
/// <param name="Recall">Of the rows of this class, the fraction predicted as it; 0 when the class has no rows.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">Rows whose actual class is this one.</param>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);

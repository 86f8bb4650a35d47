namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Per-class metrics averaged over the classes, either plainly (macro) or weighted by support.</summary>
/// <param name="Precision">Average of the classes' precision.</param>
/// <param name="Recall">Average of the classes' recall.</param>
/// <param name="F1">Average of the classes' F1 (not the F1 of the averaged precision and recall).</param>
/// <param name="Support">Total rows, the sum of the classes' support.</param>
public sealed record AverageMetrics(double Precision, double Recall, double F1, int Support);

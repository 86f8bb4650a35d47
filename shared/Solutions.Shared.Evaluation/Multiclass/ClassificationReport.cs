namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>
/// A multiclass classifier measured as scikit-learn's <c>classification_report</c> (with <c>zero_division=0</c>)
/// measures it, plus the confusion matrix and, when probabilities were given, log loss and top-k accuracy.
/// </summary>
/// <param name="Classes">Per-class metrics, in class order.</param>
/// <param name="Accuracy">Fraction of rows predicted correctly.</param>
/// <param name="MacroAverage">Unweighted mean of the per-class metrics; every class counts the same.</param>
/// <param name="WeightedAverage">Mean of the per-class metrics weighted by support.</param>
/// <param name="ConfusionMatrix">Rows are actual classes, columns predicted, in class order.</param>
/// <param name="Probabilities">Probability metrics; null when only predicted classes were given.</param>
public sealed record ClassificationReport(
    IReadOnlyList<ClassMetrics> Classes,
    double Accuracy,
    AverageMetrics MacroAverage,
    AverageMetrics WeightedAverage,
    MulticlassConfusionMatrix ConfusionMatrix,
    ProbabilityEvaluation? Probabilities = null)
{
    /// <summary>Number of rows evaluated.</summary>
    public int Support => MacroAverage.Support;

    /// <summary>The metrics of one class.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not one of the report's classes.</exception>
    public ClassMetrics ForClass(string label) =>
        Classes.FirstOrDefault(metrics => metrics.Label == label)
        ?? throw new ArgumentException(
            $"'{label}' is not a class of this report; expected one of: {string.Join(", ", Classes.Select(c => c.Label))}.",
            nameof(label));

    /// <summary>
    /// The report as scikit-learn prints it: columns precision, recall, f1-score and support, one row per class,
    /// then accuracy, macro avg and weighted avg. Lines end with '\n' on every platform.
    /// </summary>
    /// <param name="digits">Decimals for the metrics. The default is 2, as scikit-learn's.</param>
    public string ToText(int digits = 2) => ClassificationReportText.Render(this, digits);
}

using System.Globalization;

namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Measures a multiclass classifier as scikit-learn's <c>classification_report</c> does, with <c>zero_division=0</c>.</summary>
public static class MulticlassClassificationEvaluator
{
    /// <summary>Evaluates predicted classes against actual ones.</summary>
    /// <param name="actual">The true class of each row.</param>
    /// <param name="predicted">The predicted class of each row.</param>
    /// <param name="classOrder">
    /// Order of the report's rows and the matrix's rows and columns; it must hold every label seen, and may hold
    /// classes never seen (reported with zeros, and counted in the macro average). Null: the labels seen, sorted ordinally.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The lists differ in length or are empty, a label is null or missing from <paramref name="classOrder"/>,
    /// or <paramref name="classOrder"/> repeats a class.
    /// </exception>
    public static ClassificationReport Evaluate(
        IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<string>? classOrder = null)
    {
        InputValidation.RequirePairedRows(actual, nameof(actual), predicted, nameof(predicted));
        ClassOrder.RequireLabels(actual, nameof(actual));
        ClassOrder.RequireLabels(predicted, nameof(predicted));
        var classes = ClassOrder.Resolve(classOrder, actual, predicted);
        return Report(classes, classes.IndicesOf(actual, nameof(actual)), classes.IndicesOf(predicted, nameof(predicted)), null);
    }

    /// <summary>Evaluates predicted integer classes; without <paramref name="classOrder"/> the classes sort numerically.</summary>
    /// <inheritdoc cref="Evaluate(IReadOnlyList{string}, IReadOnlyList{string}, IReadOnlyList{string}?)"/>
    public static ClassificationReport Evaluate(
        IReadOnlyList<int> actual, IReadOnlyList<int> predicted, IReadOnlyList<int>? classOrder = null)
    {
        InputValidation.RequirePairedRows(actual, nameof(actual), predicted, nameof(predicted));
        var order = classOrder ?? actual.Concat(predicted).Distinct().Order().ToArray();
        return Evaluate(Names(actual), Names(predicted), Names(order));
    }

    /// <summary>
    /// Evaluates predicted class probabilities: the predicted class of a row is its most probable one (the first
    /// in class order on a tie), and the report also carries log loss and top-k accuracy.
    /// </summary>
    /// <param name="actual">The true class of each row.</param>
    /// <param name="probabilities">One row per actual label, one probability in [0, 1] per class, in <paramref name="classOrder"/>.</param>
    /// <param name="classOrder">The classes, in the order of the probability columns.</param>
    /// <exception cref="ArgumentException">
    /// The lists differ in length or are empty, a label is null or not a class, a probability row has the wrong
    /// width, or a value is not in [0, 1].
    /// </exception>
    public static ClassificationReport Evaluate(
        IReadOnlyList<string> actual, IReadOnlyList<IReadOnlyList<double>> probabilities, IReadOnlyList<string> classOrder)
    {
        InputValidation.RequirePairedRows(actual, nameof(actual), probabilities, nameof(probabilities));
        ArgumentNullException.ThrowIfNull(classOrder);
        var classes = ClassOrder.Resolve(classOrder);
        var actualIndices = classes.IndicesOf(actual, nameof(actual));
        ProbabilityScoring.RequireProbabilities(probabilities, classes.Count, nameof(probabilities));
        return Report(
            classes,
            actualIndices,
            ProbabilityScoring.MostProbable(probabilities),
            ProbabilityScoring.Evaluate(actualIndices, probabilities, classes.Count));
    }

    private static ClassificationReport Report(ClassOrder classes, int[] actual, int[] predicted, ProbabilityEvaluation? probabilities)
    {
        var counts = new int[classes.Count][];
        for (var c = 0; c < classes.Count; c++)
        {
            counts[c] = new int[classes.Count];
        }

        var correct = 0;
        for (var row = 0; row < actual.Length; row++)
        {
            counts[actual[row]][predicted[row]]++;
            correct += actual[row] == predicted[row] ? 1 : 0;
        }

        var perClass = new ClassMetrics[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            var truePositives = counts[c][c];
            var support = counts[c].Sum();
            var predictedAsClass = counts.Sum(row => row[c]);
            perClass[c] = new ClassMetrics(
                classes.Labels[c],
                Ratios.OrZero(truePositives, predictedAsClass),
                Ratios.OrZero(truePositives, support),
                Ratios.OrZero(2 * truePositives, predictedAsClass + support),
                support);
        }

        var rows = actual.Length;
        var macro = new AverageMetrics(
            perClass.Average(m => m.Precision), perClass.Average(m => m.Recall), perClass.Average(m => m.F1), rows);
        var weighted = new AverageMetrics(
            perClass.Sum(m => m.Precision * m.Support) / rows,
            perClass.Sum(m => m.Recall * m.Support) / rows,
            perClass.Sum(m => m.F1 * m.Support) / rows,
            rows);
        var matrix = new MulticlassConfusionMatrix(
            classes.Labels, Array.AsReadOnly(counts.Select(row => (IReadOnlyList<int>)Array.AsReadOnly(row)).ToArray()));

        return new ClassificationReport(Array.AsReadOnly(perClass), correct / (double)rows, macro, weighted, matrix, probabilities);
    }

    private static string[] Names(IEnumerable<int> labels) =>
        labels.Select(label => label.ToString(CultureInfo.InvariantCulture)).ToArray();
}

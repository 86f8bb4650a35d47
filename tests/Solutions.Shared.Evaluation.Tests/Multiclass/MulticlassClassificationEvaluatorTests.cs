using Solutions.Shared.Evaluation.Multiclass;

namespace Solutions.Shared.Evaluation.Tests.Multiclass;

public sealed class MulticlassClassificationEvaluatorTests
{
    private const double Tolerance = 1e-12;

    // Confusion matrix (rows actual, columns predicted; order cat, dog, fish):
    //   cat:  2 1 0   support 3
    //   dog:  1 1 0   support 2
    //   fish: 0 1 1   support 2
    //   predicted totals: cat 3, dog 3, fish 1.
    internal static readonly string[] Actual = ["cat", "cat", "cat", "dog", "dog", "fish", "fish"];
    internal static readonly string[] Predicted = ["cat", "cat", "dog", "dog", "cat", "fish", "dog"];

    [Fact]
    public void PerClassMetricsAreOneVersusRest()
    {
        // cat:  P 2/3, R 2/3, F1 = 2*2 / (3 + 3) = 2/3
        // dog:  P 1/3, R 1/2, F1 = 2*1 / (3 + 2) = 0.4
        // fish: P 1/1, R 1/2, F1 = 2*1 / (1 + 2) = 2/3
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(["cat", "dog", "fish"], report.Classes.Select(c => c.Label));
        AssertMetrics(report.ForClass("cat"), 2.0 / 3, 2.0 / 3, 2.0 / 3, 3);
        AssertMetrics(report.ForClass("dog"), 1.0 / 3, 0.5, 0.4, 2);
        AssertMetrics(report.ForClass("fish"), 1.0, 0.5, 2.0 / 3, 2);
    }

    [Fact]
    public void AveragesAreMacroAndSupportWeighted()
    {
        // Accuracy = (2 + 1 + 1) / 7 = 4/7.
        // Macro:    P (2/3 + 1/3 + 1) / 3 = 2/3;  R (2/3 + 1/2 + 1/2) / 3 = 5/9;  F1 (2/3 + 0.4 + 2/3) / 3 = 0.57778
        // Weighted: P (3*2/3 + 2*1/3 + 2*1) / 7 = 2/3;  R (3*2/3 + 2*1/2 + 2*1/2) / 7 = 4/7;
        //           F1 (3*2/3 + 2*0.4 + 2*2/3) / 7 = 4.1333 / 7 = 0.59048
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(4.0 / 7, report.Accuracy, Tolerance);
        Assert.Equal(7, report.Support);
        AssertAverage(report.MacroAverage, 2.0 / 3, 5.0 / 9, (2.0 / 3 + 0.4 + 2.0 / 3) / 3, 7);
        AssertAverage(report.WeightedAverage, 2.0 / 3, 4.0 / 7, (2 + 0.8 + 4.0 / 3) / 7, 7);
        Assert.Null(report.Probabilities);
    }

    [Fact]
    public void ConfusionMatrixRowsAreActualAndColumnsPredicted()
    {
        var matrix = MulticlassClassificationEvaluator.Evaluate(Actual, Predicted).ConfusionMatrix;

        Assert.Equal(["cat", "dog", "fish"], matrix.Classes);
        Assert.Equal([[2, 1, 0], [1, 1, 0], [0, 1, 1]], matrix.Counts.Select(row => row.ToArray()));
        Assert.Equal(1, matrix.Count(actual: "fish", predicted: "dog"));
        Assert.Equal(0, matrix.Count(actual: "dog", predicted: "fish"));
    }

    [Fact]
    public void NeverPredictedClassHasZeroPrecision()
    {
        // b is never predicted: P 0/0 -> 0, R 0/1 = 0, F1 0. a: P 1/2, R 1/1, F1 2/3.
        var report = MulticlassClassificationEvaluator.Evaluate(["a", "b"], ["a", "a"]);

        AssertMetrics(report.ForClass("a"), 0.5, 1.0, 2.0 / 3, 1);
        AssertMetrics(report.ForClass("b"), 0.0, 0.0, 0.0, 1);
    }

    [Fact]
    public void ClassOrderCanAddAnUnseenClassThatCountsInTheMacroAverage()
    {
        // bird has no rows and no predictions: all zeros, support 0. Macro precision over four classes:
        // (2/3 + 1/3 + 1 + 0) / 4 = 0.5; weighted averages are unchanged because bird's support is 0.
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Predicted, ["fish", "dog", "cat", "bird"]);

        Assert.Equal(["fish", "dog", "cat", "bird"], report.Classes.Select(c => c.Label));
        AssertMetrics(report.ForClass("bird"), 0, 0, 0, 0);
        Assert.Equal(0.5, report.MacroAverage.Precision, Tolerance);
        Assert.Equal(2.0 / 3, report.WeightedAverage.Precision, Tolerance);
        // Row fish, columns in the new order (fish, dog, cat, bird): one fish predicted fish, one predicted dog.
        Assert.Equal([1, 1, 0, 0], report.ConfusionMatrix.Counts[0]);
    }

    [Fact]
    public void IntegerLabelsSortNumerically()
    {
        // Ordinal string order would put "10" before "2". Class 2: P 1/1, R 1/2; class 10: P 1/2, R 1/1.
        var report = MulticlassClassificationEvaluator.Evaluate([10, 2, 2], [10, 2, 10]);

        Assert.Equal(["2", "10"], report.Classes.Select(c => c.Label));
        AssertMetrics(report.ForClass("2"), 1.0, 0.5, 2.0 / 3, 2);
        AssertMetrics(report.ForClass("10"), 0.5, 1.0, 2.0 / 3, 1);
    }

    [Fact]
    public void LabelMissingFromClassOrderIsRejectedWithItsIndex()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MulticlassClassificationEvaluator.Evaluate(Actual, Predicted, ["cat", "dog"]));

        Assert.Contains("actual[5] is 'fish', which is not in classOrder", error.Message);
    }

    [Fact]
    public void RepeatedClassInClassOrderIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MulticlassClassificationEvaluator.Evaluate(Actual, Predicted, ["cat", "dog", "cat", "fish"]));

        Assert.Contains("classOrder[2] repeats 'cat'", error.Message);
    }

    [Fact]
    public void NullLabelIsRejectedWithItsIndex()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MulticlassClassificationEvaluator.Evaluate(["a", "b"], ["a", null!]));

        Assert.Contains("predicted[1] is null", error.Message);
    }

    [Fact]
    public void MismatchedLengthsAndEmptyInputAreRejected()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => MulticlassClassificationEvaluator.Evaluate(["a"], ["a", "b"]));
        var empty = Assert.Throws<ArgumentException>(() => MulticlassClassificationEvaluator.Evaluate(Array.Empty<string>(), []));

        Assert.Contains("actual has 1 rows but predicted has 2", mismatch.Message);
        Assert.Contains("empty", empty.Message);
    }

    private static void AssertMetrics(ClassMetrics metrics, double precision, double recall, double f1, int support)
    {
        Assert.Equal(precision, metrics.Precision, Tolerance);
        Assert.Equal(recall, metrics.Recall, Tolerance);
        Assert.Equal(f1, metrics.F1, Tolerance);
        Assert.Equal(support, metrics.Support);
    }

    private static void AssertAverage(AverageMetrics average, double precision, double recall, double f1, int support)
    {
        Assert.Equal(precision, average.Precision, Tolerance);
        Assert.Equal(recall, average.Recall, Tolerance);
        Assert.Equal(f1, average.F1, Tolerance);
        Assert.Equal(support, average.Support);
    }
}

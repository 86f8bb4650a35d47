using Solutions.Shared.Evaluation.Multiclass;

namespace Solutions.Shared.Evaluation.Tests.Multiclass;

public sealed class ProbabilityEvaluationTests
{
    private static readonly string[] Classes = ["cat", "dog", "fish"];

    // Row: actual class, probabilities (cat, dog, fish) -> rank of the actual class (0 = most probable).
    //   cat  (0.70, 0.20, 0.10) -> rank 0, predicted cat
    //   dog  (0.50, 0.30, 0.20) -> rank 1, predicted cat
    //   fish (0.40, 0.40, 0.20) -> rank 2, predicted cat (tie with dog, first in class order)
    //   dog  (0.25, 0.25, 0.50) -> rank 2: fish is above, cat ties and comes first in class order; predicted fish
    private static readonly string[] Actual = ["cat", "dog", "fish", "dog"];
    private static readonly double[][] Probabilities =
    [
        [0.70, 0.20, 0.10],
        [0.50, 0.30, 0.20],
        [0.40, 0.40, 0.20],
        [0.25, 0.25, 0.50],
    ];

    [Fact]
    public void TopKAccuracyCountsRowsWhoseClassRanksWithinK()
    {
        // Ranks 0, 1, 2, 2: top-1 = 1/4, top-2 = 2/4, top-3 = 4/4.
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Probabilities, Classes);

        Assert.NotNull(report.Probabilities);
        Assert.Equal([0.25, 0.5, 1.0], report.Probabilities.TopKAccuracies);
        Assert.Equal(0.5, report.Probabilities.TopKAccuracy(2));
        Assert.Equal(report.Accuracy, report.Probabilities.TopKAccuracy(1));
    }

    [Fact]
    public void LogLossIsTheMeanNegativeLogOfTheActualClassProbability()
    {
        // -(ln 0.7 + ln 0.3 + ln 0.2 + ln 0.25) / 4 = (0.356675 + 1.203973 + 1.609438 + 1.386294) / 4 = 1.139095005454665
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Probabilities, Classes);

        Assert.Equal(1.139095005454665, report.Probabilities!.LogLoss, 1e-12);
    }

    [Fact]
    public void PredictedClassIsTheMostProbable()
    {
        // Predictions cat, cat, cat, fish: the confusion matrix row of actual dog is (1, 0, 1).
        var report = MulticlassClassificationEvaluator.Evaluate(Actual, Probabilities, Classes);

        Assert.Equal([1, 0, 1], report.ConfusionMatrix.Counts[1]);
        Assert.Equal(0.25, report.Accuracy);
    }

    [Fact]
    public void TopKOutsideTheClassCountIsRejected()
    {
        var probabilities = MulticlassClassificationEvaluator.Evaluate(Actual, Probabilities, Classes).Probabilities!;

        Assert.Throws<ArgumentOutOfRangeException>(() => probabilities.TopKAccuracy(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => probabilities.TopKAccuracy(4));
    }

    [Fact]
    public void RowOfTheWrongWidthIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MulticlassClassificationEvaluator.Evaluate(["cat", "dog"], [[0.5, 0.5, 0.0], [0.5, 0.5]], Classes));

        Assert.Contains("probabilities[1] has 2 values; expected 3", error.Message);
    }

    [Fact]
    public void ValueOutsideZeroToOneIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MulticlassClassificationEvaluator.Evaluate(["cat"], [[0.5, 1.5, 0.0]], Classes));

        Assert.Contains("probabilities[0][1] is 1.5; expected a probability in [0, 1]", error.Message);
    }
}

using Solutions.Shared.Evaluation.Multiclass;

namespace Solutions.Shared.Evaluation.Tests.Multiclass;

public sealed class ClassificationReportTextTests
{
    [Fact]
    public void RendersScikitLearnLayout()
    {
        // Values from MulticlassClassificationEvaluatorTests, rounded to 2 decimals; layout of scikit-learn's
        // classification_report: name column 12 wide ("weighted avg"), then " " and four " {:>9}" columns.
        const string expected =
            "              precision    recall  f1-score   support\n" +
            "\n" +
            "         cat       0.67      0.67      0.67         3\n" +
            "         dog       0.33      0.50      0.40         2\n" +
            "        fish       1.00      0.50      0.67         2\n" +
            "\n" +
            "    accuracy                           0.57         7\n" +
            "   macro avg       0.67      0.56      0.58         7\n" +
            "weighted avg       0.67      0.57      0.59         7\n";

        var report = MulticlassClassificationEvaluator.Evaluate(
            MulticlassClassificationEvaluatorTests.Actual, MulticlassClassificationEvaluatorTests.Predicted);

        Assert.Equal(expected, report.ToText());
    }

    [Fact]
    public void LongLabelsWidenTheNameColumnAndDigitsAreHonoured()
    {
        // hippopotamus-x: TP 1, support 2, predicted 1 -> P 1, R 0.5, F1 2/3. b: TP 1, support 1, predicted 2 ->
        // P 0.5, R 1, F1 2/3. Accuracy 2/3; macro (0.75, 0.75, 0.667); weighted ((2*1 + 0.5)/3, (2*0.5 + 1)/3, 0.667).
        const string expected =
            "                precision    recall  f1-score   support\n" +
            "\n" +
            "hippopotamus-x      1.000     0.500     0.667         2\n" +
            "             b      0.500     1.000     0.667         1\n" +
            "\n" +
            "      accuracy                          0.667         3\n" +
            "     macro avg      0.750     0.750     0.667         3\n" +
            "  weighted avg      0.833     0.667     0.667         3\n";

        var report = MulticlassClassificationEvaluator.Evaluate(
            ["hippopotamus-x", "hippopotamus-x", "b"], ["hippopotamus-x", "b", "b"], ["hippopotamus-x", "b"]);

        Assert.Equal(expected, report.ToText(digits: 3));
    }

    [Fact]
    public void ExactHalvesRoundToEvenAsPythonDoes()
    {
        // Class a: TP 1 of 8 predicted -> precision 0.125 exactly, which Python's format(0.125, ".2f") gives as 0.12.
        string[] actual = ["a", "b", "b", "b", "b", "b", "b", "b"];
        string[] predicted = ["a", "a", "a", "a", "a", "a", "a", "a"];

        var text = MulticlassClassificationEvaluator.Evaluate(actual, predicted).ToText();

        Assert.Contains("           a       0.12      1.00      0.22         1\n", text); // F1 = 2 / (8 + 1) = 0.222
    }
}

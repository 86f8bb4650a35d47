using Solutions.Shared.Evaluation.Regression;

namespace Solutions.Shared.Evaluation.Tests.Regression;

public sealed class RegressionEvaluatorTests
{
    private const double Tolerance = 1e-12;

    // Errors actual - predicted: -1, 0, -1, 2.
    private static readonly double[] Actual = [2, 4, 0, 5];
    private static readonly double[] Predicted = [3, 4, 1, 3];

    [Fact]
    public void MaeAndRmseAverageTheErrors()
    {
        // MAE = (1 + 0 + 1 + 2) / 4 = 1; RMSE = sqrt((1 + 0 + 1 + 4) / 4) = sqrt(1.5).
        var evaluation = RegressionEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(4, evaluation.Count);
        Assert.Equal(1.0, evaluation.Mae, Tolerance);
        Assert.Equal(Math.Sqrt(1.5), evaluation.Rmse, Tolerance);
    }

    [Fact]
    public void MapeIsAFractionThatSkipsZeroActuals()
    {
        // Actual 0 is left out and counted. The rest: |-1|/2 = 0.5, 0/4 = 0, 2/5 = 0.4 -> (0.5 + 0 + 0.4) / 3 = 0.3.
        var evaluation = RegressionEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(0.3, evaluation.Mape, Tolerance);
        Assert.Equal(1, evaluation.MapeExcludedRows);
    }

    [Fact]
    public void MapeIsNaNWhenEveryActualIsZero()
    {
        var evaluation = RegressionEvaluator.Evaluate([0, 0], [1, -1]);

        Assert.True(double.IsNaN(evaluation.Mape));
        Assert.Equal(2, evaluation.MapeExcludedRows);
    }

    [Fact]
    public void RSquaredComparesWithPredictingTheMean()
    {
        // Mean actual 11/4 = 2.75; SS_tot = 0.5625 + 1.5625 + 7.5625 + 5.0625 = 14.75; SS_res = 1 + 0 + 1 + 4 = 6.
        // R² = 1 - 6 / 14.75 = 0.59322.
        var evaluation = RegressionEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(1 - (6 / 14.75), evaluation.RSquared, Tolerance);
    }

    [Fact]
    public void RSquaredOfAConstantTargetFollowsScikitLearn()
    {
        Assert.Equal(1.0, RegressionEvaluator.Evaluate([3, 3], [3, 3]).RSquared); // perfect
        Assert.Equal(0.0, RegressionEvaluator.Evaluate([3, 3], [3, 4]).RSquared); // imperfect
        Assert.True(double.IsNaN(RegressionEvaluator.Evaluate([3], [3]).RSquared)); // one row: undefined
    }

    [Fact]
    public void MaseScalesByTheNaiveForecastErrorOnTheTrainingSeries()
    {
        // Training 1, 3, 2, 6: naive errors |3-1| = 2, |2-3| = 1, |6-2| = 4 -> mean 7/3. MASE = MAE 1 / (7/3) = 3/7.
        var evaluation = RegressionEvaluator.Evaluate(Actual, Predicted, trainingSeries: [1, 3, 2, 6]);

        Assert.Equal(3.0 / 7, evaluation.Mase, Tolerance);
    }

    [Fact]
    public void MaseUsesTheSeasonalNaiveForecast()
    {
        // m = 2, training 1, 3, 2, 6, 4: errors |2-1| = 1, |6-3| = 3, |4-2| = 2 -> mean 2. MASE = 1 / 2.
        var evaluation = RegressionEvaluator.Evaluate(Actual, Predicted, trainingSeries: [1, 3, 2, 6, 4], seasonalPeriod: 2);

        Assert.Equal(0.5, evaluation.Mase, Tolerance);
    }

    [Fact]
    public void MaseIsNaNWithoutAUsableTrainingSeries()
    {
        Assert.True(double.IsNaN(RegressionEvaluator.Evaluate(Actual, Predicted).Mase)); // none given
        Assert.True(double.IsNaN(RegressionEvaluator.Evaluate(Actual, Predicted, [5, 5, 5]).Mase)); // naive error 0
        Assert.True(double.IsNaN(RegressionEvaluator.Evaluate(Actual, Predicted, [1, 2], seasonalPeriod: 2).Mase)); // too short
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => RegressionEvaluator.Evaluate([1, 2], [1]));
        var empty = Assert.Throws<ArgumentException>(() => RegressionEvaluator.Evaluate([], []));
        var notFinite = Assert.Throws<ArgumentException>(() => RegressionEvaluator.Evaluate([1, 2], [1, double.PositiveInfinity]));
        var period = Assert.Throws<ArgumentOutOfRangeException>(() => RegressionEvaluator.Evaluate([1], [1], [1, 2], seasonalPeriod: 0));

        Assert.Contains("actual has 2 rows but predicted has 1", mismatch.Message);
        Assert.Contains("empty", empty.Message);
        Assert.Contains("predicted[1] is Infinity", notFinite.Message);
        Assert.Equal("seasonalPeriod", period.ParamName);
    }
}

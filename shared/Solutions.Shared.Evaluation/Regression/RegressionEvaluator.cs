namespace Solutions.Shared.Evaluation.Regression;

/// <summary>Measures predictions of a numeric target: MAE, RMSE, MAPE, R² and, for forecasts, MASE.</summary>
public static class RegressionEvaluator
{
    /// <summary>Computes every regression metric.</summary>
    /// <param name="actual">The observed values.</param>
    /// <param name="predicted">One finite prediction per observed value.</param>
    /// <param name="trainingSeries">
    /// The series the forecaster was fitted on, oldest first; it scales <see cref="RegressionEvaluation.Mase"/>.
    /// Null leaves MASE NaN.
    /// </param>
    /// <param name="seasonalPeriod">
    /// Season length m of the naive forecast y_t − y_{t−m} that scales MASE. The default is 1 (the previous value).
    /// </param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seasonalPeriod"/> is less than 1.</exception>
    public static RegressionEvaluation Evaluate(
        IReadOnlyList<double> actual,
        IReadOnlyList<double> predicted,
        IReadOnlyList<double>? trainingSeries = null,
        int seasonalPeriod = 1)
    {
        InputValidation.RequirePairedRows(actual, nameof(actual), predicted, nameof(predicted));
        InputValidation.RequireFinite(actual, nameof(actual));
        InputValidation.RequireFinite(predicted, nameof(predicted));
        ArgumentOutOfRangeException.ThrowIfLessThan(seasonalPeriod, 1);
        if (trainingSeries is not null)
        {
            InputValidation.RequireFinite(trainingSeries, nameof(trainingSeries));
        }

        int rows = actual.Count, mapeRows = 0;
        double absoluteSum = 0, squaredSum = 0, percentageSum = 0;
        for (var i = 0; i < rows; i++)
        {
            var error = actual[i] - predicted[i];
            absoluteSum += Math.Abs(error);
            squaredSum += error * error;

            // A zero actual makes the percentage error infinite; such rows are counted, not averaged.
            if (actual[i] != 0)
            {
                percentageSum += Math.Abs(error / actual[i]);
                mapeRows++;
            }
        }

        var mae = absoluteSum / rows;
        return new RegressionEvaluation(
            rows,
            mae,
            Math.Sqrt(squaredSum / rows),
            mapeRows == 0 ? double.NaN : percentageSum / mapeRows,
            rows - mapeRows,
            RSquared(actual, squaredSum),
            mae / SeasonalNaiveError(trainingSeries, seasonalPeriod));
    }

    private static double RSquared(IReadOnlyList<double> actual, double residualSumOfSquares)
    {
        if (actual.Count < 2)
        {
            return double.NaN;
        }

        var mean = actual.Average();
        var totalSumOfSquares = actual.Sum(value => (value - mean) * (value - mean));
        if (totalSumOfSquares == 0)
        {
            // scikit-learn's force_finite convention for a constant target.
            return residualSumOfSquares == 0 ? 1.0 : 0.0;
        }

        return 1 - (residualSumOfSquares / totalSumOfSquares);
    }

    /// <summary>In-sample mean |y_t − y_{t−m}|; NaN when it is undefined or 0, so that MASE comes out NaN.</summary>
    private static double SeasonalNaiveError(IReadOnlyList<double>? series, int period)
    {
        if (series is null || series.Count <= period)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var t = period; t < series.Count; t++)
        {
            sum += Math.Abs(series[t] - series[t - period]);
        }

        var error = sum / (series.Count - period);
        return error == 0 ? double.NaN : error;
    }
}

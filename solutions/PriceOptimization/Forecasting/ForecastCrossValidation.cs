using Solutions.Shared.Evaluation.Regression;

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Rolling-origin evaluation, as Prophet's <c>cross_validation</c> and <c>performance_metrics</c>: refit on the
/// history up to each cutoff, forecast the following horizon, and score the forecasts against what happened.
/// </summary>
public static class ForecastCrossValidation
{
    /// <summary>Season length of the naive forecast that scales MASE: y_t is forecast by y_{t−7}.</summary>
    public const int SeasonalNaivePeriod = 7;

    /// <summary>Runs the evaluation.</summary>
    /// <param name="input">The whole history, with regressors on every date and every holiday.</param>
    /// <param name="options">The forecaster's settings, used for every refit.</param>
    /// <param name="initialDays">The first cutoff leaves at least this many days of history to fit on.</param>
    /// <param name="periodDays">Days between cutoffs.</param>
    /// <param name="horizonDays">Days forecast after each cutoff.</param>
    /// <exception cref="ArgumentException">The input is malformed, or the windows leave no cutoff.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window length is out of range.</exception>
    public static ForecastCrossValidationResult Run(ForecastInput input, ForecastOptions options, int initialDays, int periodDays, int horizonDays)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(initialDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        options.Validate();
        ForecastInputValidation.RequireValidHistory(input);

        var horizon = TimeSpan.FromDays(horizonDays);
        var cutoffs = Cutoffs(input.Dates, TimeSpan.FromDays(initialDays), TimeSpan.FromDays(periodDays), horizon);
        var predictions = new List<CrossValidationPrediction>();
        foreach (var cutoff in cutoffs)
        {
            predictions.AddRange(ForecastAfter(input, options, cutoff, horizon));
        }

        var byHorizon = predictions
            .GroupBy(p => p.HorizonDays)
            .OrderBy(g => g.Key)
            .Select(g => Score(g.Key, g.ToArray()))
            .ToArray();
        var overall = Score(horizonDays, predictions);
        return new ForecastCrossValidationResult(cutoffs.Count, overall.Mae, overall.Mape, overall.Mase, overall.Coverage, byHorizon, predictions);
    }

    /// <summary>
    /// Prophet's <c>generate_cutoffs</c>: the last cutoff leaves one horizon of data after it; earlier ones step
    /// back by the period (jumping over gaps with no data to forecast) while at least the initial window precedes them.
    /// </summary>
    internal static IReadOnlyList<DateTime> Cutoffs(IReadOnlyList<DateTime> dates, TimeSpan initial, TimeSpan period, TimeSpan horizon)
    {
        var first = dates[0];
        var cutoff = dates[^1] - horizon;
        var result = new List<DateTime> { cutoff };
        while (result[^1] >= first + initial)
        {
            cutoff -= period;
            var forecastable = dates.Any(d => d > cutoff && d <= cutoff + horizon);
            if (!forecastable && cutoff > first)
            {
                cutoff = dates.Last(d => d <= cutoff) - horizon;
            }

            result.Add(cutoff);
        }

        // The last one added fell inside the initial window.
        result.RemoveAt(result.Count - 1);
        if (result.Count == 0)
        {
            throw new ArgumentException(
                $"The history spans {(dates[^1] - first).TotalDays} days, less than initialDays ({initial.TotalDays}) + horizonDays ({horizon.TotalDays}); shorten the initial window or the horizon.",
                "input");
        }

        result.Reverse();
        return result;
    }

    private static IEnumerable<CrossValidationPrediction> ForecastAfter(ForecastInput input, ForecastOptions options, DateTime cutoff, TimeSpan horizon)
    {
        var trainRows = input.Dates.Count(d => d <= cutoff);
        var testRows = Enumerable.Range(trainRows, input.Dates.Count - trainRows).Where(i => input.Dates[i] <= cutoff + horizon).ToArray();
        if (trainRows < ForecastInputValidation.MinimumObservations)
        {
            throw new ArgumentException(
                $"Only {trainRows} observation(s) on or before the cutoff {cutoff:yyyy-MM-dd}; increase initialDays.", "input");
        }

        var training = new ForecastInput(
            input.Dates.Take(trainRows).ToArray(),
            input.Values.Take(trainRows).ToArray(),
            input.Regressors?.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value.Take(trainRows).ToArray()),
            input.Holidays);
        var forecast = ProphetForecaster.Fit(training, options).Predict(
            testRows.Select(i => input.Dates[i]).ToArray(),
            input.Regressors?.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)testRows.Select(i => p.Value[i]).ToArray()));
        var naiveScale = SeasonalNaiveError(training.Values);
        return testRows.Select((row, j) => new CrossValidationPrediction(
            cutoff,
            input.Dates[row],
            (int)Math.Ceiling((input.Dates[row] - cutoff).TotalDays),
            input.Values[row],
            forecast.Yhat[j],
            forecast.YhatLower[j],
            forecast.YhatUpper[j],
            naiveScale));
    }

    /// <summary>In-sample mean |y_t − y_{t−7}| of a training window: the MAE of the seasonal naive forecast.</summary>
    private static double SeasonalNaiveError(IReadOnlyList<double> training)
    {
        if (training.Count <= SeasonalNaivePeriod)
        {
            return double.NaN;
        }

        var naive = RegressionEvaluator.Evaluate(training.Skip(SeasonalNaivePeriod).ToArray(), training.SkipLast(SeasonalNaivePeriod).ToArray());
        return naive.Mae == 0 ? double.NaN : naive.Mae;
    }

    private static ForecastHorizonMetrics Score(int horizonDays, IReadOnlyList<CrossValidationPrediction> predictions)
    {
        var evaluation = RegressionEvaluator.Evaluate(predictions.Select(p => p.Actual).ToArray(), predictions.Select(p => p.Yhat).ToArray());
        return new ForecastHorizonMetrics(
            horizonDays,
            predictions.Count,
            evaluation.Mae,
            evaluation.Mape,
            // Each error is scaled by the naive error of its own training window, then averaged.
            predictions.Average(p => Math.Abs(p.Actual - p.Yhat) / p.SeasonalNaiveMae),
            predictions.Average(p => p.Actual >= p.YhatLower && p.Actual <= p.YhatUpper ? 1.0 : 0.0));
    }
}

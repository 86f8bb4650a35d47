using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data;
using Solutions.Shared.Evaluation.Regression;

namespace Solutions.PriceOptimization.Evaluation;

/// <summary>Scores a causal volume forecast on held-out days at the prices charged there.</summary>
public static class ForecastChecker
{
    /// <summary>Seasonal period of the naive forecast that scales MASE: a week.</summary>
    public const int SeasonalPeriod = 7;

    public static ForecastCheck Check(BaselineForecast forecast, ProductHistory training, ProductHistory holdout)
    {
        var actual = holdout.Days.Select(d => d.Volume).ToArray();
        var predicted = holdout.Days.Select((d, i) => forecast.Volume(i, d.Price)).ToArray();
        var intervals = holdout.Days.Select((d, i) => forecast.Interval(i, d.Price)).ToArray();
        var metrics = RegressionEvaluator.Evaluate(actual, predicted, [.. training.Days.Select(d => d.Volume)], SeasonalPeriod);
        var inside = actual.Where((a, i) => intervals[i].Lower <= a && a <= intervals[i].Upper).Count();
        return new ForecastCheck(
            [.. holdout.Days.Select(d => d.Date)], actual, predicted,
            [.. intervals.Select(x => x.Lower)], [.. intervals.Select(x => x.Upper)],
            metrics.Mape, metrics.Mase, (double)inside / actual.Length);
    }
}

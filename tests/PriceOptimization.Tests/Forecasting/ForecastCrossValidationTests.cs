using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

public sealed class ForecastCrossValidationTests
{
    /// <summary>
    /// Prophet's generate_cutoffs by hand on days 0..99, initial 40, period 10, horizon 7: the last cutoff is
    /// 99 − 7 = 92; stepping back by 10 gives 82, 72, 62, 52, 42 (each still ≥ 0 + 40, so the loop goes on) and
    /// 32, which fails the test and is dropped. Oldest first: 42, 52, …, 92.
    /// </summary>
    [Fact]
    public void Cutoffs_step_back_from_the_end_by_the_period()
    {
        var start = new DateTime(2020, 1, 1);
        var dates = Enumerable.Range(0, 100).Select(d => start.AddDays(d)).ToArray();
        var cutoffs = ForecastCrossValidation.Cutoffs(dates, TimeSpan.FromDays(40), TimeSpan.FromDays(10), TimeSpan.FromDays(7));
        Assert.Equal(new[] { 42, 52, 62, 72, 82, 92 }.Select(d => start.AddDays(d)), cutoffs);
    }

    /// <summary>
    /// With days 0..59 and 80..99 (a 20-day gap), horizon 5, period 10, initial 30: cutoffs 94, 84, then 74 has
    /// nothing in (74, 79], so Prophet jumps to the last date on or before 74 (day 59) minus the horizon: 54. Then
    /// 44, 34 (≥ 30, kept going) and 24, dropped.
    /// </summary>
    [Fact]
    public void Cutoffs_jump_over_a_gap_as_prophet_does()
    {
        var start = new DateTime(2020, 1, 1);
        var dates = Enumerable.Range(0, 60).Concat(Enumerable.Range(80, 20)).Select(d => start.AddDays(d)).ToArray();
        var cutoffs = ForecastCrossValidation.Cutoffs(dates, TimeSpan.FromDays(30), TimeSpan.FromDays(10), TimeSpan.FromDays(5));
        Assert.Equal(new[] { 34, 44, 54, 84, 94 }.Select(d => start.AddDays(d)), cutoffs);
    }

    [Fact]
    public void Seasonal_series_beats_the_seasonal_naive_forecast()
    {
        var series = SyntheticSeries.Create();
        var result = ForecastCrossValidation.Run(series.Input, new ForecastOptions(), initialDays: 730, periodDays: 30, horizonDays: 30);

        // Cutoffs by hand: 1,095 − 30 = 1,065, then every 30 days back while ≥ 730: 1,065 − 30·11 = 735 is the
        // last kept, 705 is dropped, so 12 cutoffs of 30 daily forecasts each.
        Assert.Equal(12, result.Cutoffs);
        Assert.Equal(360, result.Predictions.Count);
        Assert.Equal(Enumerable.Range(1, 30), result.ByHorizon.Select(h => h.HorizonDays));
        Assert.All(result.ByHorizon, h => Assert.Equal(12, h.Count));

        // The weekly naive forecast y_{t−7} pays for the yearly wave, the regressor and the noise twice over; the
        // model sees all of them (measured MASE ≈ 0.19).
        Assert.InRange(result.Mase, 0.05, 0.5);
        Assert.InRange(result.Coverage, 0.7, 0.9);
        Assert.True(result.Mape < 0.03, $"MAPE {result.Mape}");
        Assert.Equal(result.Predictions.Average(p => Math.Abs(p.Actual - p.Yhat)), result.Mae, 1e-9);
    }

    [Fact]
    public void Mase_scales_each_error_by_its_own_training_windows_weekly_naive_error()
    {
        var series = SyntheticSeries.Create(days: 200);
        var result = ForecastCrossValidation.Run(series.Input, new ForecastOptions(), initialDays: 150, periodDays: 20, horizonDays: 10);
        var first = result.Predictions[0];
        var trainingRows = series.Input.Dates.Count(d => d <= first.Cutoff);
        var values = series.Input.Values;
        var naive = Enumerable.Range(7, trainingRows - 7).Average(t => Math.Abs(values[t] - values[t - 7]));

        Assert.Equal(naive, first.SeasonalNaiveMae, 1e-9);
        Assert.Equal(result.Predictions.Average(p => Math.Abs(p.Actual - p.Yhat) / p.SeasonalNaiveMae), result.Mase, 1e-12);
        Assert.Equal(result.Predictions.Average(p => p.Actual >= p.YhatLower && p.Actual <= p.YhatUpper ? 1.0 : 0.0), result.Coverage, 1e-12);
    }

    [Fact]
    public void Windows_longer_than_the_history_are_refused()
    {
        var series = SyntheticSeries.Create(days: 100);
        var error = Assert.Throws<ArgumentException>(() =>
            ForecastCrossValidation.Run(series.Input, new ForecastOptions(), initialDays: 95, periodDays: 10, horizonDays: 10));
        Assert.Contains("initialDays (95) + horizonDays (10)", error.Message);
    }
}

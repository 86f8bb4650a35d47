using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

public sealed class ProphetForecasterTests
{
    [Fact]
    public void Recovers_known_components_and_the_regressor_coefficient()
    {
        var series = SyntheticSeries.Create();
        var fit = ProphetForecaster.Fit(series.Input);
        var forecast = fit.Predict(series.Input.Dates, series.Input.Regressors);

        // The regressor effect is centred on the history's mean (Prophet standardizes it), so the trend absorbs
        // coefficient × mean: the truth to compare with is trend + 3·mean(x).
        var level = series.RegressorCoefficient * series.Regressor.Average();
        var days = series.Trend.Length;
        Assert.True(MaxError(forecast.Trend, series.Trend.Select(t => t + level).ToArray()) < 1.0, "trend");
        Assert.True(MaxError(forecast.Weekly, series.Weekly) < 0.5, "weekly (amplitude 4)");
        Assert.True(MaxError(forecast.Yearly, series.Yearly) < 1.0, "yearly (amplitude 8)");
        Assert.Equal(series.RegressorCoefficient, fit.RegressorCoefficients[SyntheticSeries.RegressorName], 0.1);

        // The 1 July bump of 25 is seen 3 times with noise σ = 1.5; the N(0, 10) prior barely shrinks it.
        for (var d = 0; d < days; d++)
        {
            Assert.Equal(series.Holidays[d], forecast.Holidays[d], series.Holidays[d] > 0 ? 2.0 : 1e-12);
        }

        Assert.Equal(series.NoiseStandardDeviation, fit.Diagnostics.NoiseStandardDeviation, 0.15);
        for (var d = 0; d < days; d++)
        {
            var sum = forecast.Trend[d] + forecast.Weekly[d] + forecast.Yearly[d] + forecast.Holidays[d]
                + forecast.RegressorEffects[SyntheticSeries.RegressorName][d];
            Assert.Equal(sum, forecast.Yhat[d], 1e-9);
        }
    }

    [Fact]
    public void Finds_the_trend_kink_at_the_true_changepoint()
    {
        var series = SyntheticSeries.Create();
        var fit = ProphetForecaster.Fit(series.Input);
        var design = fit.Design;
        var deltas = fit.Parameters.AsSpan(ForecastDesign.ChangepointOffset, design.ChangepointTimes.Length).ToArray();

        // The slope falls by 0.08/day at day 490, the 14th changepoint. On the scaled axes a rate change is
        // δ · yScale / tScale per day, so the deltas around it must add to about −0.08 · 1095 / yScale.
        var perDay = deltas.Select(d => d * design.YScale / design.TimeScaleDays).ToArray();
        var strongest = Array.IndexOf(perDay, perDay.Min());
        Assert.Equal(13, strongest);
        Assert.Equal(-0.08, perDay[12..15].Sum(), 0.01);
        Assert.Equal(new DateTime(2021, 1, 4).AddDays(490), fit.Changepoints[13]);
    }

    [Fact]
    public void In_sample_interval_is_the_noise_quantiles()
    {
        // Inside the history there is no trend uncertainty, so each bound is yhat ± z·σ̂ up to sampling error,
        // z = Φ⁻¹(0.9) = 1.28155 for the 80% interval. Averaged over 1,096 dates the width is within ~1%.
        var series = SyntheticSeries.Create();
        var fit = ProphetForecaster.Fit(series.Input);
        var forecast = fit.Predict(series.Input.Dates, series.Input.Regressors);
        var meanWidth = Enumerable.Range(0, forecast.Yhat.Count).Average(i => forecast.YhatUpper[i] - forecast.YhatLower[i]);
        Assert.Equal(2 * 1.28155 * fit.Diagnostics.NoiseStandardDeviation, meanWidth, 0.03 * meanWidth);
    }

    [Fact]
    public void Interval_covers_about_80_percent_of_fresh_data_from_the_same_generator()
    {
        // The generator is Prophet's model itself, so a fresh noise draw on the same days should land inside the
        // 80% interval 80% of the time; with 1,096 days the binomial standard error is √(0.8·0.2/1096) ≈ 0.012.
        var series = SyntheticSeries.Create(seed: 7);
        var forecast = ProphetForecaster.Fit(series.Input).Predict(series.Input.Dates, series.Input.Regressors);
        var random = new Random(99);
        var inside = 0;
        for (var d = 0; d < forecast.Yhat.Count; d++)
        {
            var mean = series.Trend[d] + series.Weekly[d] + series.Yearly[d] + series.Holidays[d] + (series.RegressorCoefficient * series.Regressor[d]);
            var observation = mean + (series.NoiseStandardDeviation * SyntheticSeries.Gaussian(random));
            inside += observation >= forecast.YhatLower[d] && observation <= forecast.YhatUpper[d] ? 1 : 0;
        }

        Assert.InRange(inside / (double)forecast.Yhat.Count, 0.76, 0.84);
    }

    [Fact]
    public void Interval_covers_about_80_percent_a_month_ahead()
    {
        // Held-out future: fit on the first 1,066 days of ten seeded series and forecast the last 30 (300 points,
        // binomial standard error √(0.8·0.2/300) ≈ 0.023). A month ahead the simulated trend changes add little
        // to the noise, so coverage stays near the nominal 80% (measured 0.787); the range is ±3.5 standard errors.
        var inside = 0;
        var total = 0;
        for (var seed = 1; seed <= 10; seed++)
        {
            var series = SyntheticSeries.Create(seed: seed);
            var forecaster = ProphetForecaster.Fit(series.Head(1066));
            var future = series.Input.Dates.Skip(1066).ToArray();
            var forecast = forecaster.Predict(future, series.RegressorRows(1066, 1096));
            for (var i = 0; i < future.Length; i++)
            {
                var actual = series.Input.Values[1066 + i];
                inside += actual >= forecast.YhatLower[i] && actual <= forecast.YhatUpper[i] ? 1 : 0;
                total++;
            }
        }

        Assert.InRange(inside / (double)total, 0.72, 0.88);
    }

    [Fact]
    public void Trend_uncertainty_grows_with_the_horizon()
    {
        var series = SyntheticSeries.Create();
        var fit = ProphetForecaster.Fit(series.Input);
        DateTime[] dates = [series.Input.Dates[^1].AddDays(1), series.Input.Dates[^1].AddDays(365)];
        var forecast = fit.Predict(dates, new Dictionary<string, IReadOnlyList<double>> { [SyntheticSeries.RegressorName] = [5.0, 5.0] });
        var nearWidth = forecast.YhatUpper[0] - forecast.YhatLower[0];
        var farWidth = forecast.YhatUpper[1] - forecast.YhatLower[1];
        Assert.True(farWidth > 1.5 * nearWidth, $"width a day ahead {nearWidth}, a year ahead {farWidth}");
    }

    [Fact]
    public void Same_seed_gives_the_same_forecast_and_another_seed_other_bounds()
    {
        var series = SyntheticSeries.Create(days: 400);
        var dates = Enumerable.Range(1, 60).Select(d => series.Input.Dates[^1].AddDays(d)).ToArray();
        var regressors = new Dictionary<string, IReadOnlyList<double>> { [SyntheticSeries.RegressorName] = Enumerable.Repeat(5.0, 60).ToArray() };

        var first = ProphetForecaster.Fit(series.Input, new ForecastOptions { Seed = 1 }).Predict(dates, regressors);
        var again = ProphetForecaster.Fit(series.Input, new ForecastOptions { Seed = 1 }).Predict(dates, regressors);
        var other = ProphetForecaster.Fit(series.Input, new ForecastOptions { Seed = 2 }).Predict(dates, regressors);

        Assert.Equal(first.Yhat, again.Yhat);
        Assert.Equal(first.YhatLower, again.YhatLower);
        Assert.Equal(first.YhatUpper, again.YhatUpper);
        Assert.Equal(first.Yhat, other.Yhat);
        Assert.NotEqual(first.YhatUpper, other.YhatUpper);
    }

    /// <summary>Prophet's test_fit_predict_constant_history: a constant 20 (or 0) history forecasts exactly 20 (or 0).</summary>
    [Theory]
    [InlineData(20.0)]
    [InlineData(0.0)]
    public void Constant_history_forecasts_the_constant(double level)
    {
        var dates = Enumerable.Range(0, 100).Select(d => new DateTime(2012, 1, 1).AddDays(d)).ToArray();
        var fit = ProphetForecaster.Fit(new ForecastInput(dates, Enumerable.Repeat(level, 100).ToArray()));
        var forecast = fit.Predict(Enumerable.Range(100, 50).Select(d => new DateTime(2012, 1, 1).AddDays(d)).ToArray());
        Assert.All(forecast.Yhat, y => Assert.Equal(level, y, 1e-9));
    }

    [Fact]
    public void Without_sampling_the_bounds_are_nan()
    {
        var series = SyntheticSeries.Create(days: 200);
        var forecast = ProphetForecaster.Fit(series.Input, new ForecastOptions { UncertaintySamples = 0 })
            .Predict(series.Input.Dates, series.Input.Regressors);
        Assert.All(forecast.YhatLower, v => Assert.True(double.IsNaN(v)));
        Assert.All(forecast.YhatUpper, v => Assert.True(double.IsNaN(v)));
    }

    private static double MaxError(IReadOnlyList<double> fitted, double[] truth) =>
        Enumerable.Range(0, truth.Length).Max(i => Math.Abs(fitted[i] - truth[i]));
}

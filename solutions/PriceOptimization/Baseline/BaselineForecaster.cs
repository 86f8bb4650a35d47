using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>
/// The causal volume forecast. The series forecast is the baseline b(t) = log volume(t) − θ log(price(t) / base
/// price): what the day would have sold at the base price, given the DML elasticity θ. Because the price effect
/// is taken out with a causal θ instead of being learned alongside demand, the forecaster's trend, seasons,
/// holidays and regressors (temperature, log competitor price ratio, marketing, promotion) describe demand alone,
/// and any price can be put back afterwards.
/// </summary>
public static class BaselineForecaster
{
    /// <param name="history">The days to fit.</param>
    /// <param name="elasticity">The causal elasticity θ.</param>
    /// <param name="days">The days to forecast, with their drivers (observed or projected).</param>
    /// <param name="options">Forecaster settings; Prophet's defaults when null.</param>
    public static BaselineForecast Fit(
        ProductHistory history, double elasticity, IReadOnlyList<DemandDrivers> days, ForecastOptions? options = null)
    {
        var basePrice = history.BasePrice;
        var drivers = history.Days.Select(DemandDrivers.Of).ToArray();
        var input = new ForecastInput(
            [.. history.Days.Select(d => d.Date.Date)],
            [.. history.Days.Select(d => Math.Log(d.Volume) - elasticity * Math.Log(d.Price / basePrice))],
            ForecastTerms.Regressors(drivers, basePrice),
            ForecastTerms.Holidays(drivers.Concat(days)));
        var model = ProphetForecaster.Fit(input, options);
        var forecast = model.Predict([.. days.Select(d => d.Date)], ForecastTerms.Regressors(days, basePrice));
        return new BaselineForecast(history.Product, basePrice, elasticity, forecast, model);
    }
}

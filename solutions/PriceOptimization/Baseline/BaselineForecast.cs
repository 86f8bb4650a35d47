using Solutions.PriceOptimization.Forecasting;
using Solutions.PriceOptimization.Simulation;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>
/// A product's forecast of log volume at its base price over some days, and how it turns into volume at any price:
/// volume(t, p) = exp(ŷ(t)) × (p / base price)^elasticity.
/// </summary>
/// <param name="Product">The product.</param>
/// <param name="BasePrice">The reference price of the baseline.</param>
/// <param name="Elasticity">The causal elasticity that put the price effect back.</param>
/// <param name="LogBaseline">The forecaster's output on the forecast days (log volume at the base price, with components).</param>
/// <param name="Model">The fitted forecaster, for other dates.</param>
public sealed record BaselineForecast(string Product, double BasePrice, double Elasticity, Forecast LogBaseline, FittedForecaster Model)
{
    public IReadOnlyList<DateTime> Dates => LogBaseline.Dates;

    /// <summary>Expected volume on forecast day <paramref name="day"/> (0-based) at <paramref name="price"/>.</summary>
    public double Volume(int day, double price) => Math.Exp(LogBaseline.Yhat[day]) * PriceFactor(price);

    /// <summary>Expected volume on any days the model can be asked about (its fitted history or after), each at its price.</summary>
    public double[] Volumes(IReadOnlyList<DemandDrivers> days, IReadOnlyList<double> prices)
    {
        var baseline = Model.Predict([.. days.Select(d => d.Date)], ForecastTerms.Regressors(days, BasePrice)).Yhat;
        return [.. baseline.Select((y, i) => Math.Exp(y) * PriceFactor(prices[i]))];
    }

    /// <summary>The interval of <see cref="Volume"/>, from the forecaster's interval on the log scale.</summary>
    public (double Lower, double Upper) Interval(int day, double price) =>
        (Math.Exp(LogBaseline.YhatLower[day]) * PriceFactor(price), Math.Exp(LogBaseline.YhatUpper[day]) * PriceFactor(price));

    public DemandModel ToDemandModel(double unitCost, double minPrice, double maxPrice) => new(
        Product, Elasticity, BasePrice, unitCost, minPrice, maxPrice,
        [.. Dates.Select((date, i) => new DailyBaseline(date, Volume(i, BasePrice), Interval(i, BasePrice).Lower, Interval(i, BasePrice).Upper))]);

    private double PriceFactor(double price) => Math.Pow(price / BasePrice, Elasticity);
}

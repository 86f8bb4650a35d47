using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>How demand drivers enter the forecaster: regressors by name, and holidays.</summary>
internal static class ForecastTerms
{
    public const string LogPrice = "log_price";

    public static Dictionary<string, IReadOnlyList<double>> Regressors(IReadOnlyList<DemandDrivers> days, double basePrice) => new()
    {
        ["temperature"] = [.. days.Select(d => d.Temperature)],
        ["log_competitor_price_ratio"] = [.. days.Select(d => Math.Log(d.CompetitorPrice / basePrice))],
        ["marketing"] = [.. days.Select(d => d.Marketing)],
        ["promotion"] = [.. days.Select(d => d.Promotion ? 1.0 : 0.0)],
    };

    /// <summary>Every holiday of the history and of the days to forecast, as one holiday type.</summary>
    public static IReadOnlyList<Holiday> Holidays(IEnumerable<DemandDrivers> days) =>
        [.. days.Where(d => d.Holiday).Select(d => d.Date).Distinct().Select(date => new Holiday("holiday", date))];
}

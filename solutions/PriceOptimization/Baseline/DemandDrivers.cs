using Solutions.PriceOptimization.Data;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>A day's demand drivers other than price: what the forecasts take as regressors and holidays.</summary>
public sealed record DemandDrivers(DateTime Date, double Temperature, double CompetitorPrice, double Marketing, bool Promotion, bool Holiday)
{
    public static DemandDrivers Of(PriceObservation day) =>
        new(day.Date.Date, day.Temperature, day.CompetitorPrice, day.Marketing, day.Promotion, day.Holiday);
}

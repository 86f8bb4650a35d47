namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>
/// The drivers of one product's demand on one day, before price: everything the true demand curve needs to say
/// how many units any price would sell that day.
/// </summary>
/// <param name="LogDemandAtBasePrice">Expected log volume at the base price (trend, seasons, holiday, promotion, covariates).</param>
/// <param name="Observation">What was observed that day under the historical pricing policy.</param>
public sealed record MarketDay(double LogDemandAtBasePrice, PriceObservation Observation);

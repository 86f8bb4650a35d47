namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>The hidden truth behind one simulated product's demand.</summary>
/// <param name="Product">Its name.</param>
/// <param name="Elasticity">The true price elasticity: % change in volume per % change in price.</param>
/// <param name="BasePrice">The price around which the historical policy moves.</param>
/// <param name="BaseVolume">Daily units at the base price on an ordinary day at the start.</param>
/// <param name="TrendPerYear">Growth of log volume per year.</param>
/// <param name="YearlyAmplitude">Amplitude of the yearly season (log scale).</param>
/// <param name="YearlyPhase">Phase of the yearly season, radians.</param>
/// <param name="TemperatureSensitivity">Scale of the hot-day surge: log volume rises by this × log(1 + e^((temperature − 20) / 3)), × 1.5 at weekends.</param>
/// <param name="UnitCost">The unit cost at the start.</param>
public sealed record ProductTruth(
    string Product, double Elasticity, double BasePrice, double BaseVolume, double TrendPerYear,
    double YearlyAmplitude, double YearlyPhase, double TemperatureSensitivity, double UnitCost);

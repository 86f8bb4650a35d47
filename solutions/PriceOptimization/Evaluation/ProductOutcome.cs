using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Simulation;

namespace Solutions.PriceOptimization.Evaluation;

/// <summary>Everything a run learned about one product.</summary>
/// <param name="Product">The product.</param>
/// <param name="TrueElasticity">The generator's elasticity, or NaN for real data.</param>
/// <param name="Elasticity">The DML estimate with the naive one beside it.</param>
/// <param name="Holdout">The forecast fitted without the held-out days, on those days (components included).</param>
/// <param name="Check">Its accuracy there.</param>
/// <param name="Model">The demand model refitted on the whole history, for the days after it.</param>
/// <param name="Recommendation">The recommended price for the first day after the history.</param>
public sealed record ProductOutcome(
    string Product, double TrueElasticity, ElasticityEstimate Elasticity, BaselineForecast Holdout, ForecastCheck Check,
    DemandModel Model, PriceRecommendation Recommendation);

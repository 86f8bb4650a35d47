using System.Text.Json.Serialization;
using Solutions.PriceOptimization.Evaluation;

namespace Solutions.PriceOptimization.Reporting;

/// <summary>One product's figures in metrics.json.</summary>
public sealed record ProductMetrics(
    string Product, double ElasticityTrue, double ElasticityDml, double ElasticityStandardError, double ElasticityCiLow,
    double ElasticityCiHigh, double ElasticityNaive, double ForecastMape, double ForecastMase, [property: JsonPropertyName("interval_coverage_80")] double IntervalCoverage80,
    string Objective, DateTime RecommendationDate, double RecommendedPrice, double ExpectedVolume, double ExpectedRevenue,
    double ObjectiveValue)
{
    public static ProductMetrics From(ProductOutcome outcome)
    {
        var (e, r) = (outcome.Elasticity, outcome.Recommendation);
        return new ProductMetrics(
            outcome.Product, outcome.TrueElasticity, e.Elasticity, e.StandardError, e.CiLow, e.CiHigh, e.Naive.Elasticity,
            outcome.Check.Mape, outcome.Check.Mase, outcome.Check.Coverage,
            r.Objective, r.Date, r.Price, r.ExpectedVolume, r.Price * r.ExpectedVolume, r.ObjectiveValue);
    }
}

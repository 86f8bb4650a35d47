using System.Text.Json.Serialization;
using Solutions.PriceOptimization.Evaluation;

namespace Solutions.PriceOptimization.Reporting;

/// <summary>
/// metrics.json of a run: per product figures, their means, and the causal-versus-predictive errors by how far the
/// price moved from the historical policy (on simulated data).
/// </summary>
public sealed record PriceMetrics(
    int Seed, int Rows, int Products, double DmlSeconds, double ForecastMsPerSeries,
    double MeanAbsErrorDml, double MeanAbsErrorNaive, double TruthInsideCi, double ForecastMape, double ForecastMase,
    [property: JsonPropertyName("interval_coverage_80")] double IntervalCoverage80, IReadOnlyList<ProductMetrics> PerProduct, IReadOnlyList<CounterfactualError> CausalVersusPredictive)
{
    public static PriceMetrics From(PriceRunResult result, int seed)
    {
        var products = result.Products.Select(ProductMetrics.From).ToArray();
        return new PriceMetrics(
            seed, result.History.Rows, products.Length, result.DmlSeconds, result.ForecastSecondsPerSeries * 1000,
            products.Average(p => Math.Abs(p.ElasticityDml - p.ElasticityTrue)),
            products.Average(p => Math.Abs(p.ElasticityNaive - p.ElasticityTrue)),
            result.Market is null ? double.NaN : products.Average(p => p.ElasticityCiLow <= p.ElasticityTrue && p.ElasticityTrue <= p.ElasticityCiHigh ? 1.0 : 0.0),
            products.Average(p => p.ForecastMape), products.Average(p => p.ForecastMase), products.Average(p => p.IntervalCoverage80),
            products, CounterfactualComparison.Average(result.Counterfactual));
    }

    /// <summary>The figures a bundle manifest records.</summary>
    public IReadOnlyDictionary<string, double> ForManifest() => new Dictionary<string, double>
    {
        ["forecast_mape"] = ForecastMape,
        ["forecast_mase"] = ForecastMase,
        ["interval_coverage_80"] = IntervalCoverage80,
        ["mean_abs_error_dml"] = MeanAbsErrorDml,
    };
}

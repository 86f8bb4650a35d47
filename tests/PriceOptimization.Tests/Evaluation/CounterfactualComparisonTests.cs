using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Evaluation;
using Solutions.PriceOptimization.Tests.Fixtures;

namespace Solutions.PriceOptimization.Tests.Evaluation;

public sealed class CounterfactualComparisonTests
{
    [Fact]
    public void Away_from_the_policy_the_predictive_error_grows_and_the_causal_one_does_not()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 2, days: 730));
        var estimates = DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml());
        double[] multipliers = [0.6, 1.0, 1.4];

        var errors = CounterfactualComparison.Average(market.History.Products.SelectMany(product =>
        {
            var drivers = product.Days.Select(DemandDrivers.Of).ToArray();
            var causal = BaselineForecaster.Fit(product, estimates.Single(e => e.Product == product.Product).Elasticity, drivers);
            var predictive = PredictiveVolumeModel.Fit(product, drivers);
            return CounterfactualComparison.Measure(market, product.Product, product, causal, predictive, multipliers);
        }));

        var (low, policy, high) = (errors[0], errors[1], errors[2]);
        Assert.Equal([0.6, 1.0, 1.4], errors.Select(e => e.PriceMultiplier));
        // The predictive price coefficient carries the hot-day demand the policy followed: its error rises by
        // about |bias| × |log multiplier| either side of the policy's prices, while the causal error hardly moves.
        Assert.True(low.PredictiveMape > policy.PredictiveMape + 0.01 && high.PredictiveMape > policy.PredictiveMape + 0.01,
            $"predictive {low.PredictiveMape:0.000} / {policy.PredictiveMape:0.000} / {high.PredictiveMape:0.000}");
        Assert.True(Math.Abs(low.CausalMape - policy.CausalMape) < 0.01 && Math.Abs(high.CausalMape - policy.CausalMape) < 0.01,
            $"causal {low.CausalMape:0.000} / {policy.CausalMape:0.000} / {high.CausalMape:0.000}");
        Assert.True(low.CausalMape < low.PredictiveMape && high.CausalMape < high.PredictiveMape);
    }
}

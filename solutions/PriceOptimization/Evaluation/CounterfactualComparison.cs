using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Data.Generation;

namespace Solutions.PriceOptimization.Evaluation;

/// <summary>
/// The test only a simulation allows: on held-out days, move the price away from what the historical policy
/// charged and ask both models how much would have sold, then compare with the generator's true volume.
/// </summary>
public static class CounterfactualComparison
{
    public static IReadOnlyList<CounterfactualError> Measure(
        SimulatedMarket market, string product, ProductHistory holdout, BaselineForecast causal, PredictiveVolumeModel predictive,
        IReadOnlyList<double> multipliers)
    {
        var drivers = holdout.Days.Select(DemandDrivers.Of).ToArray();
        return [.. multipliers.Select(m =>
        {
            var prices = holdout.Days.Select(d => d.Price * m).ToArray();
            var truth = holdout.Days.Select((d, i) => market.TrueVolume(product, d.Date, prices[i])).ToArray();
            var predicted = predictive.Volumes(drivers, prices);
            var causalMape = truth.Select((t, i) => Math.Abs(causal.Volume(i, prices[i]) - t) / t).Average();
            var predictiveMape = truth.Select((t, i) => Math.Abs(predicted[i] - t) / t).Average();
            return new CounterfactualError(product, m, causalMape, predictiveMape);
        })];
    }

    /// <summary>The mean over products at each multiplier, labelled "all".</summary>
    public static IReadOnlyList<CounterfactualError> Average(IEnumerable<CounterfactualError> errors) =>
        [.. errors.GroupBy(e => e.PriceMultiplier).OrderBy(g => g.Key)
            .Select(g => new CounterfactualError("all", g.Key, g.Average(e => e.CausalMape), g.Average(e => e.PredictiveMape)))];
}

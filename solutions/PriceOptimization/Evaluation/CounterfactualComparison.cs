using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Data.Generation;

namespace Solutions.PriceOptimization.Evaluation;

/// <summary>
/// The test only a simulation allows: on the days of the history, move each price away from what the historical
/// policy charged and ask both models (fitted on that history) how much would have sold, then compare with the
/// generator's true volume. Every day of the history counts, so every season and every kind of day (hot weekends,
/// campaigns, promotions) is in the average, which a few held-out weeks of one season could not give.
/// </summary>
public static class CounterfactualComparison
{
    public static IReadOnlyList<CounterfactualError> Measure(
        SimulatedMarket market, string product, ProductHistory days, BaselineForecast causal, PredictiveVolumeModel predictive,
        IReadOnlyList<double> multipliers)
    {
        var drivers = days.Days.Select(DemandDrivers.Of).ToArray();
        return [.. multipliers.Select(m =>
        {
            var prices = days.Days.Select(d => d.Price * m).ToArray();
            var truth = days.Days.Select((d, i) => market.TrueVolume(product, d.Date, prices[i])).ToArray();
            var predicted = predictive.Volumes(drivers, prices);
            var causalVolumes = causal.Volumes(drivers, prices);
            var causalMape = truth.Select((t, i) => Math.Abs(causalVolumes[i] - t) / t).Average();
            var predictiveMape = truth.Select((t, i) => Math.Abs(predicted[i] - t) / t).Average();
            return new CounterfactualError(product, m, causalMape, predictiveMape);
        })];
    }

    /// <summary>The mean over products at each multiplier, labelled "all".</summary>
    public static IReadOnlyList<CounterfactualError> Average(IEnumerable<CounterfactualError> errors) =>
        [.. errors.GroupBy(e => e.PriceMultiplier).OrderBy(g => g.Key)
            .Select(g => new CounterfactualError("all", g.Key, g.Average(e => e.CausalMape), g.Average(e => e.PredictiveMape)))];
}

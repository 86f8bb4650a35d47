using Solutions.PriceOptimization.Simulation;

namespace Solutions.PriceOptimization.Tests.Simulation;

public sealed class PriceRecommenderTests
{
    private static readonly DateTime Day = new(2025, 1, 1);

    /// <summary>Baseline 100 units at base price 10, elasticity −2, unit cost 4, for three days from <see cref="Day"/>.</summary>
    private static DemandModel Model() => new("widget", -2, 10, 4, 5, 12,
        [.. Enumerable.Range(0, 3).Select(i => new DailyBaseline(Day.AddDays(i), 100, 80, 120))]);

    [Fact]
    public void Volume_follows_the_constant_elasticity_curve()
    {
        // 100 × (5 / 10)^−2 = 400.
        Assert.Equal(400, Model().ExpectedVolume(Day, 5), 9);
    }

    [Fact]
    public void Profit_peaks_at_the_markup_the_elasticity_implies()
    {
        // Profit (p − 4) × 100 (p/10)^−2 is largest where p = cost × e / (1 + e) = 4 × −2 / −1 = 8,
        // where volume is 100 × 0.8^−2 = 156.25 and profit 4 × 156.25 = 625.
        var r = PriceRecommender.Recommend(Model(), Day, PriceObjective.Profit, [6, 7, 8, 9, 10]);

        Assert.Equal(8, r.Price);
        Assert.Equal(156.25, r.ExpectedVolume, 9);
        Assert.Equal(625, r.ObjectiveValue, 9);
        Assert.Equal([6.0, 7, 8, 9, 10], r.Curve.Select(c => c.Price));
    }

    [Fact]
    public void Revenue_with_elastic_demand_prefers_the_lowest_price_of_the_grid()
    {
        // Revenue p × 100 (p/10)^−2 = 10,000 / p falls with price, so the grid's lowest price (5) wins.
        var r = PriceRecommender.Recommend(Model(), Day, PriceObjective.Revenue);

        Assert.Equal(5, r.Price);
        Assert.Equal(2000, r.ObjectiveValue, 9);
        Assert.Equal(PriceRecommender.GridSize, r.Curve.Count);
        Assert.Equal(12, r.Curve[^1].Price);
    }

    [Fact]
    public void A_custom_objective_is_maximized_through_the_same_curve()
    {
        // A unit sold is worth 2 more than its margin: (p − 4 + 2) × V peaks at 2 × e / (1 + e) = 4.
        var loyalty = PriceObjective.Custom("profit_plus_loyalty", (price, volume, cost) => (price - cost + 2) * volume);

        var r = PriceRecommender.Recommend(Model(), Day.AddDays(2), loyalty, [3, 4, 5]);

        Assert.Equal(4, r.Price);
        Assert.Equal("profit_plus_loyalty", r.Objective);
    }

    [Fact]
    public void A_day_without_a_forecast_or_a_bad_price_is_refused()
    {
        var outside = Assert.Throws<ArgumentException>(() => PriceRecommender.Recommend(Model(), Day.AddDays(3), PriceObjective.Revenue));
        Assert.Contains("covers 2025-01-01 to 2025-01-03", outside.Message);
        Assert.Throws<ArgumentException>(() => PriceRecommender.Recommend(Model(), Day, PriceObjective.Revenue, [10, -1]));
        Assert.Throws<ArgumentException>(() => PriceObjective.Parse("margin"));
    }
}

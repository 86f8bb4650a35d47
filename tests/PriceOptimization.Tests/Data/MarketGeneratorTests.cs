using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Tests.Fixtures;

namespace Solutions.PriceOptimization.Tests.Data;

public sealed class MarketGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_history_and_truth()
    {
        var a = MarketGenerator.Generate(SmallMarket.Options(seed: 5));
        var b = MarketGenerator.Generate(SmallMarket.Options(seed: 5));

        Assert.Equal(a.Truths, b.Truths);
        Assert.Equal(a.History.All.Select(d => (d.Date, d.Price, d.Volume)), b.History.All.Select(d => (d.Date, d.Price, d.Volume)));
    }

    [Fact]
    public void The_history_has_every_product_every_day_with_positive_prices_and_elasticities_in_range()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 3, days: 200));

        Assert.Equal(3, market.History.Products.Count);
        Assert.All(market.History.Products, p =>
        {
            Assert.Equal(200, p.Days.Count);
            Assert.Equal(28, market.Future[p.Product].Days.Count);
            Assert.All(p.Days.Zip(p.Days.Skip(1)), pair => Assert.Equal(1, (pair.Second.Date - pair.First.Date).Days));
            Assert.All(p.Days, d => Assert.True(d.Price > 0 && d.Volume >= 1 && d.UnitCost > 0));
        });
        Assert.All(market.Truths, t => Assert.InRange(t.Elasticity, -2.5, -0.8));
    }

    [Fact]
    public void The_true_volume_scales_with_price_by_the_true_elasticity()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(days: 100));
        var truth = market.Truths[0];
        var day = market.History.Products[0].Days[40].Date;

        // Doubling the price multiplies volume by 2^elasticity, by construction of the constant-elasticity curve.
        var ratio = market.TrueVolume(truth.Product, day, 2 * truth.BasePrice) / market.TrueVolume(truth.Product, day, truth.BasePrice);

        Assert.Equal(Math.Pow(2, truth.Elasticity), ratio, 1e-9);
        Assert.Throws<ArgumentException>(() => market.TrueVolume(truth.Product, day.AddYears(5), truth.BasePrice));
    }

    [Fact]
    public void Prices_that_follow_demand_bias_the_naive_elasticity_towards_zero()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 4, days: 730));

        foreach (var product in market.History.Products)
        {
            var naive = NaiveElasticity.Fit(
                [.. product.Days.Select(d => Math.Log(d.Price))], [.. product.Days.Select(d => Math.Log(d.Volume))]);
            Assert.True(naive.Elasticity - market.Truth(product.Product).Elasticity > 0.2,
                $"{product.Product}: naive {naive.Elasticity:0.000}, true {market.Truth(product.Product).Elasticity:0.000}");
        }
    }
}

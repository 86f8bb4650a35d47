using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;

namespace Solutions.PriceOptimization.Tests.Fixtures;

/// <summary>Small markets and DML settings that keep tests fast.</summary>
public static class SmallMarket
{
    public static MarketOptions Options(int seed = 42, int products = 2, int days = 730) =>
        new() { Seed = seed, Products = products, Days = days };

    public static DmlOptions Dml(int seed = 42) => new() { Seed = seed, Repetitions = 2, Trees = 100, LearningRate = 0.1 };
}

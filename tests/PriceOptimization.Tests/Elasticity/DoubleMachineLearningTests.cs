using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Evaluation;
using Solutions.PriceOptimization.Tests.Fixtures;

namespace Solutions.PriceOptimization.Tests.Elasticity;

public sealed class DoubleMachineLearningTests
{
    [Fact]
    public void DML_lands_near_the_true_elasticity_where_the_naive_slope_does_not()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 2, days: 730));

        var estimates = DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml());

        Assert.Equal(2, estimates.Count);
        foreach (var e in estimates)
        {
            var truth = market.Truth(e.Product).Elasticity;
            Assert.True(Math.Abs(e.Elasticity - truth) < 0.1, $"{e.Product}: DML {e.Elasticity:0.000}, true {truth:0.000}");
            Assert.True(Math.Abs(e.Naive.Elasticity - truth) > 2 * Math.Abs(e.Elasticity - truth),
                $"{e.Product}: naive {e.Naive.Elasticity:0.000}, DML {e.Elasticity:0.000}, true {truth:0.000}");
            Assert.True(e.CiLow < e.Elasticity && e.Elasticity < e.CiHigh);
            Assert.Equal(2, e.Repetitions.Count);
        }
    }

    [Theory]
    [InlineData(DmlScore.IvType, NuisanceLearner.SplineRidge)]
    [InlineData(DmlScore.PartiallingOut, NuisanceLearner.SplineRidge)]
    [InlineData(DmlScore.IvType, NuisanceLearner.LightGbm)]
    public void Each_score_and_learner_removes_most_of_the_naive_bias(DmlScore score, NuisanceLearner learner)
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 1, days: 730, seed: 8));

        var e = Assert.Single(DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml() with { Score = score, Learner = learner }));

        var truth = market.Truth(e.Product).Elasticity;
        Assert.True(Math.Abs(e.Elasticity - truth) < 0.25 * Math.Abs(e.Naive.Elasticity - truth),
            $"{score}/{learner}: DML {e.Elasticity:0.000}, naive {e.Naive.Elasticity:0.000}, true {truth:0.000}");
        Assert.Equal(learner, e.OutcomeLearner);
        Assert.Equal(learner, e.PriceLearner);
    }

    [Fact]
    public void The_selected_learner_is_one_of_the_candidates_per_nuisance()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 1, days: 400));

        var e = Assert.Single(DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml() with { Learner = NuisanceLearner.Selected }));

        Assert.Contains(e.OutcomeLearner, new[] { NuisanceLearner.SplineRidge, NuisanceLearner.LightGbm });
        // The price follows smooth functions of the controls plus noise: the spline basis fits it with the lower
        // out-of-fold error.
        Assert.Equal(NuisanceLearner.SplineRidge, e.PriceLearner);
    }

    [Fact]
    public void A_heterogeneous_elasticity_is_centred_on_the_constant_one()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 1, days: 500));

        var e = Assert.Single(DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml() with { HeterogeneityCovariate = "temperature" }));

        // The generator's elasticity does not vary with temperature: the slope is small and the value at the
        // mean temperature is close to the constant estimate from the same residuals.
        Assert.NotNull(e.Heterogeneity);
        Assert.Equal("temperature", e.Heterogeneity.Covariate);
        Assert.True(Math.Abs(e.Heterogeneity.Slope) < 0.03, $"slope {e.Heterogeneity.Slope}");
        Assert.True(Math.Abs(e.Heterogeneity.AtMean - e.Elasticity) < 0.05);
    }

    [Fact]
    public void An_unknown_heterogeneity_covariate_is_refused_before_fitting()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 1, days: 200));

        var error = Assert.Throws<ArgumentException>(() =>
            DoubleMachineLearning.Estimate(market.History, SmallMarket.Dml() with { HeterogeneityCovariate = "humidity" }));

        Assert.Contains("'humidity' is not a covariate", error.Message);
    }

    [Fact]
    public void Over_ten_small_markets_the_interval_usually_covers_the_truth()
    {
        var study = CoverageStudy.Run(10, seed: 100, SmallMarket.Options(products: 1, days: 365), SmallMarket.Dml());

        // Ten 95% intervals miss the truth three or more times with probability about 1%; the benchmark command
        // measures coverage over 50 full-size markets.
        Assert.Equal(10, study.Intervals);
        Assert.True(study.Coverage >= 0.8, $"coverage {study.Coverage:P0}, mean bias {study.MeanBias:0.000}");
        Assert.True(study.MeanAbsErrorDml < study.MeanAbsErrorNaive);
    }
}

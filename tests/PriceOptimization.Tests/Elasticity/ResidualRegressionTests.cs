using Solutions.PriceOptimization.Elasticity;

namespace Solutions.PriceOptimization.Tests.Elasticity;

public sealed class ResidualRegressionTests
{
    [Fact]
    public void The_slope_and_its_sandwich_variance_match_the_hand_computation()
    {
        // θ = Σ ṽũ / Σ ṽ² = 6 / 3 = 2; residuals ũ − 2ṽ = (−1, 0, 1); J = mean(ṽ²) = 1;
        // Ω = mean(ṽ² r²) = 2/3; variance = Ω / J² / n = (2/3) / 3 = 2/9.
        var (theta, variance) = ResidualRegression.Slope([1, 2, 3], [1, 1, 1]);

        Assert.Equal(2, theta, 12);
        Assert.Equal(2.0 / 9, variance, 12);
    }

    [Fact]
    public void A_linear_final_stage_recovers_an_elasticity_that_varies_with_a_covariate()
    {
        // ũ = (−1 + 0.5 w) ṽ exactly, so θ = (−1, 0.5) and the residuals, hence the covariance, are 0.
        double[] v = [1, -2, 0.5, 3, -1];
        double[] w = [0, 1, 2, -1, 3];
        double[][] x = [.. v.Select((vi, i) => new[] { vi, vi * w[i] })];
        var u = v.Select((vi, i) => (-1 + 0.5 * w[i]) * vi).ToArray();

        var (theta, covariance) = ResidualRegression.Solve(u, x, x);

        Assert.Equal(-1, theta[0], 10);
        Assert.Equal(0.5, theta[1], 10);
        Assert.Equal(0, covariance[1, 1], 10);
    }

    [Fact]
    public void Median_aggregation_adds_each_repetitions_distance_from_the_median()
    {
        // Median estimate 2; variances + squared distance: 0.1 + 1, 0.1 + 0, 0.1 + 4 → median 1.1.
        var (estimate, variance) = DoubleMachineLearning.MedianAggregate([(1, 0.1), (2, 0.1), (4, 0.1)]);

        Assert.Equal(2, estimate);
        Assert.Equal(1.1, variance, 12);
    }

    [Fact]
    public void The_naive_slope_of_an_exact_line_is_its_slope()
    {
        // log volume = 5 − 1.5 log price exactly.
        var naive = NaiveElasticity.Fit([0, 1, 2, 3], [5, 3.5, 2, 0.5]);

        Assert.Equal(-1.5, naive.Elasticity, 12);
        Assert.Equal(0, naive.StandardError, 12);
    }
}

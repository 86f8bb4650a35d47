using Solutions.PriceOptimization.Elasticity;

namespace Solutions.PriceOptimization.Tests.Elasticity;

public sealed class RidgeRegressionTests
{
    [Fact]
    public void Noise_free_linear_data_are_fitted_almost_exactly()
    {
        // y = 2 + 3 x1 − x2 with no noise: generalized cross-validation prefers the smallest penalty, so the fit
        // is the least-squares one up to that penalty; at (10, 4): 2 + 30 − 4 = 28.
        double[][] rows = [.. Enumerable.Range(0, 50).Select(i => new double[] { i % 10, (i * 7) % 5 })];
        double[] y = [.. rows.Select(r => 2 + 3 * r[0] - r[1])];

        var model = RidgeRegression.Fit(rows, y);

        Assert.Equal(28, model.Predict([10, 4]), 0.05);
    }

    [Fact]
    public void Pure_noise_is_shrunk_towards_the_mean()
    {
        // The target does not depend on x: GCV picks a large penalty and predictions stay near the mean (0.5).
        var random = new Random(4);
        double[][] rows = [.. Enumerable.Range(0, 200).Select(_ => new[] { random.NextDouble(), random.NextDouble() })];
        double[] y = [.. rows.Select(_ => random.NextDouble())];

        var model = RidgeRegression.Fit(rows, y);

        Assert.Equal(y.Average(), model.Predict([1, 0]), 0.1);
    }

    [Fact]
    public void A_constant_column_gets_no_weight()
    {
        // The second column never varies (a flag unset in a fold); the fit must not divide by its zero spread.
        double[][] rows = [.. Enumerable.Range(0, 20).Select(i => new double[] { i, 1 })];
        double[] y = [.. rows.Select(r => 2 * r[0])];

        var model = RidgeRegression.Fit(rows, y);

        Assert.Equal(40, model.Predict([20, 7]), 0.1);
    }
}

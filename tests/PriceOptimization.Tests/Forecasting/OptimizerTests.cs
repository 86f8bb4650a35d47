using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

public sealed class OptimizerTests
{
    /// <summary>
    /// f(x) = ½(x − 3)² + |x|: for x &gt; 0 the stationary point is x − 3 + 1 = 0, so x = 2 and f = ½ + 2 = 2.5.
    /// g(x) = ½(x + 0.5)² + |x|: at 0 the gradient 0.5 lies inside [−1, 1], so x = 0 and g = 0.125.
    /// </summary>
    [Theory]
    [InlineData(3.0, 2.0, 2.5)]
    [InlineData(-0.5, 0.0, 0.125)]
    public void Both_routes_solve_a_one_dimensional_lasso_by_hand(double centre, double expectedX, double expectedValue)
    {
        SmoothObjective f = (x, g) =>
        {
            g[0] = x[0] - centre;
            return 0.5 * (x[0] - centre) * (x[0] - centre);
        };
        HessianOf hessian = (_, h, _) => h[0] = 1;
        double[] weights = [1];

        var newton = new OrthantWiseNewton().Minimize(f, hessian, weights, [0.7]);
        var owlqn = new OwlQnMinimizer().Minimize(f, weights, [0.7]);

        Assert.Equal(expectedX, newton.Minimizer[0], 1e-9);
        Assert.Equal(expectedValue, newton.Value, 1e-12);
        Assert.Equal(expectedX, owlqn.Minimizer[0], 1e-6);
        Assert.Equal(expectedValue, owlqn.Value, 1e-10);
    }

    [Fact]
    public void Map_is_the_same_by_orthant_wise_newton_and_by_lbfgs_owlqn()
    {
        // A small problem (300 days, 10 changepoints) on which plain OWL-QN converges in reasonable time.
        var series = SyntheticSeries.Create(days: 300, kinkDay: 150);
        var options = new ForecastOptions { Changepoints = 10 };
        var design = ForecastDesign.Create(series.Input, options);
        var y = series.Input.Values.Select(v => v / design.YScale).ToArray();
        var posterior = MapPosterior.Create(
            design.BuildMatrix(series.Input.Dates, series.Input.Regressors), y, design.PriorPrecision(options), design.LaplaceWeights(options));
        var start = new double[design.Width];

        var newton = new OrthantWiseNewton().Minimize(posterior.SmoothValue, posterior.Hessian, posterior.LaplaceWeights, start);
        var owlqn = new OwlQnMinimizer { MaxIterations = 200_000, RelativeTolerance = 0, GradientTolerance = 1e-7 }
            .Minimize(posterior.SmoothValue, posterior.LaplaceWeights, start);

        Assert.True(newton.Converged);
        // Measured: Newton 9 iterations, OWL-QN ~6,900 before its line search can no longer make progress along
        // the nearly collinear hinges; the objectives agree to ~1e-5 nats (of ~1,231) with Newton lower, the
        // parameters to ~4e-4 with the same deltas exactly 0.
        Assert.True(Math.Abs(owlqn.Value - newton.Value) < 1e-4, $"OWL-QN {owlqn.Value} vs Newton {newton.Value}");
        Assert.True(newton.Value <= owlqn.Value + 1e-9, $"Newton {newton.Value} is above OWL-QN {owlqn.Value}");
        for (var i = 0; i < design.Width; i++)
        {
            Assert.True(Math.Abs(newton.Minimizer[i] - owlqn.Minimizer[i]) < 1e-3, $"θ[{i}]: {newton.Minimizer[i]} vs {owlqn.Minimizer[i]}");
            Assert.Equal(owlqn.Minimizer[i] == 0, newton.Minimizer[i] == 0);
        }
    }

    [Fact]
    public void Fitted_map_satisfies_the_optimality_conditions_of_the_laplace_prior()
    {
        // At the MAP of f + Σ|δ|/τ: ∂f/∂θ = 0 off the deltas; ∂f/∂δ = −sign(δ)/τ where δ ≠ 0; |∂f/∂δ| ≤ 1/τ where δ = 0.
        var series = SyntheticSeries.Create();
        var options = new ForecastOptions();
        var fit = ProphetForecaster.Fit(series.Input, options);
        var design = fit.Design;
        var y = series.Input.Values.Select(v => v / design.YScale).ToArray();
        var posterior = MapPosterior.Create(
            design.BuildMatrix(series.Input.Dates, series.Input.Regressors), y, design.PriorPrecision(options), design.LaplaceWeights(options));
        var gradient = new double[design.Width];
        posterior.SmoothValue(fit.Parameters, gradient);

        var weight = 1 / options.ChangepointPriorScale;
        var zeros = 0;
        for (var i = 0; i < design.Width; i++)
        {
            var delta = fit.Parameters[i];
            var isDelta = i >= ForecastDesign.ChangepointOffset && i < design.WeeklyOffset;
            if (!isDelta)
            {
                Assert.True(Math.Abs(gradient[i]) < 1e-3, $"∂f/∂θ[{i}] = {gradient[i]}");
            }
            else if (delta != 0)
            {
                Assert.True(Math.Abs(gradient[i] + (Math.Sign(delta) * weight)) < 1e-3, $"δ[{i}] = {delta}, ∂f/∂δ = {gradient[i]}");
            }
            else
            {
                zeros++;
                Assert.True(Math.Abs(gradient[i]) <= weight + 1e-6, $"δ[{i}] = 0 but |∂f/∂δ| = {Math.Abs(gradient[i])} > 1/τ");
            }
        }

        // The Laplace prior's MAP is sparse: one true kink, most of the 25 candidate changepoints exactly unused.
        Assert.True(zeros >= 12, $"only {zeros} of 25 deltas are exactly 0");
        Assert.True(fit.Diagnostics.Converged);
    }
}

using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

public sealed class MapPosteriorTests
{
    [Fact]
    public void Gradient_matches_central_finite_differences()
    {
        var (posterior, _, _) = Posterior(days: 400);
        var theta = RandomPoint(posterior.Dimension, seed: 3);
        var gradient = new double[posterior.Dimension];
        posterior.SmoothValue(theta, gradient);

        var scratch = new double[posterior.Dimension];
        for (var i = 0; i < posterior.Dimension; i++)
        {
            // Central differences have O(h²) error; h = 1e-6 on parameters of order 0.1 leaves ~1e-6 relative.
            const double h = 1e-6;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += h;
            minus[i] -= h;
            var numeric = (posterior.SmoothValue(plus, scratch) - posterior.SmoothValue(minus, scratch)) / (2 * h);
            Assert.True(
                Math.Abs(numeric - gradient[i]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)),
                $"∂f/∂θ[{i}]: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Hessian_matches_finite_differences_of_the_gradient()
    {
        var (posterior, _, _) = Posterior(days: 400);
        var n = posterior.Dimension;
        var theta = RandomPoint(n, seed: 5);
        var hessian = new double[n * n];
        posterior.Hessian(theta, hessian);

        var gradientPlus = new double[n];
        var gradientMinus = new double[n];
        for (var j = 0; j < n; j++)
        {
            const double h = 1e-6;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += h;
            minus[j] -= h;
            posterior.SmoothValue(plus, gradientPlus);
            posterior.SmoothValue(minus, gradientMinus);
            for (var i = 0; i < n; i++)
            {
                var numeric = (gradientPlus[i] - gradientMinus[i]) / (2 * h);
                Assert.True(
                    Math.Abs(numeric - hessian[(i * n) + j]) <= 1e-4 * Math.Max(1, Math.Abs(numeric)),
                    $"∂²f/∂θ[{i}]∂θ[{j}]: analytic {hessian[(i * n) + j]}, numeric {numeric}");
            }
        }
    }

    [Fact]
    public void Profiled_objective_is_the_joint_posterior_at_its_best_sigma()
    {
        var (posterior, design, y) = Posterior(days: 300);
        var theta = RandomPoint(posterior.Dimension, seed: 11);
        var gradient = new double[posterior.Dimension];
        var profiled = posterior.SmoothValue(theta, gradient);
        var sigma = posterior.NoiseScale(theta);

        // The joint objective written out term by term from the residuals (not from the Gram matrix):
        // n·log σ + Σr²/(2σ²) + σ²/(2·0.5²) + ½Σ θᵢ²·precisionᵢ.
        double Joint(double s)
        {
            var width = posterior.Dimension;
            var residualSquares = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                var fitted = 0.0;
                for (var a = 0; a < width; a++)
                {
                    fitted += design[(i * width) + a] * theta[a];
                }

                residualSquares += (y[i] - fitted) * (y[i] - fitted);
            }

            var prior = 0.0;
            for (var a = 0; a < width; a++)
            {
                prior += posterior.Precision[a] * theta[a] * theta[a];
            }

            return (y.Length * Math.Log(s)) + (residualSquares / (2 * s * s)) + (s * s / (2 * 0.25)) + (0.5 * prior);
        }

        Assert.Equal(Joint(sigma), profiled, 1e-8 * Math.Abs(profiled));
        Assert.True(Joint(sigma * 1.001) > profiled);
        Assert.True(Joint(sigma * 0.999) > profiled);
    }

    private static (MapPosterior Posterior, double[] Design, double[] Y) Posterior(int days)
    {
        var series = SyntheticSeries.Create(days);
        var options = new ForecastOptions { Changepoints = 8, YearlyOrder = 2 };
        var design = ForecastDesign.Create(series.Input, options);
        var y = series.Input.Values.Select(v => v / design.YScale).ToArray();
        var matrix = design.BuildMatrix(series.Input.Dates, series.Input.Regressors);
        return (MapPosterior.Create(matrix, y, design.PriorPrecision(options), design.LaplaceWeights(options)), matrix, y);
    }

    private static double[] RandomPoint(int dimension, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, dimension).Select(_ => (random.NextDouble() - 0.5) * 0.4).ToArray();
    }
}

using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

/// <summary>
/// Orthant-wise limited-memory quasi-Newton (Andrew and Gao, 2007, "Scalable training of L1-regularized log-linear
/// models"): minimizes f(x) + Σ wᵢ|xᵢ| for a smooth f. It is L-BFGS steered by the pseudo-gradient, with each step
/// kept inside the orthant it starts in, so coordinates with a weight reach exactly 0 instead of hovering near it.
/// </summary>
/// <remarks>
/// The second optimization route of the tests: plain OWL-QN with L-BFGS curvature, slow on Prophet's nearly collinear
/// changepoint hinges but independent of the production <see cref="OrthantWiseNewton"/>'s Hessian.
/// </remarks>
internal sealed class OwlQnMinimizer
{
    private const double ArmijoFraction = 1e-4;
    private const int MaxBacktracks = 60;

    /// <summary>Correction pairs kept.</summary>
    public int Memory { get; init; } = 10;

    public int MaxIterations { get; init; } = 2000;

    /// <summary>Stop when the objective falls by less than this fraction of its size over an iteration.</summary>
    public double RelativeTolerance { get; init; } = 1e-13;

    /// <summary>Stop when no pseudo-gradient component exceeds this.</summary>
    public double GradientTolerance { get; init; } = 1e-9;

    /// <summary>Minimizes from <paramref name="start"/>; <paramref name="smooth"/> returns f(x) and writes ∇f(x).</summary>
    /// <param name="smooth">The smooth part f.</param>
    /// <param name="weights">The L1 weight wᵢ of each coordinate (0 for none).</param>
    /// <param name="start">The starting point.</param>
    public OptimizationResult Minimize(SmoothObjective smooth, ReadOnlySpan<double> weights, ReadOnlySpan<double> start)
    {
        var n = start.Length;
        var x = start.ToArray();
        var gradient = new double[n];
        var pseudo = new double[n];
        var direction = new double[n];
        var next = new double[n];
        var nextGradient = new double[n];
        var history = new CorrectionHistory(n, Memory);

        var value = smooth(x, gradient) + OrthantWiseNewton.L1(x, weights);
        var iterations = 0;
        var converged = false;
        while (iterations < MaxIterations)
        {
            OrthantWiseNewton.PseudoGradient(x, gradient, weights, pseudo);
            if (MaxAbs(pseudo) <= GradientTolerance)
            {
                converged = true;
                break;
            }

            iterations++;
            history.ApplyInverseHessian(pseudo, direction);
            Negate(direction);
            ConstrainToDescent(direction, pseudo, weights);
            if (Dot(direction, pseudo) >= 0)
            {
                // The quasi-Newton direction lost descent (curvature pairs gone stale): restart from steepest descent.
                history.Clear();
                for (var i = 0; i < n; i++)
                {
                    direction[i] = -pseudo[i];
                }
            }

            // Without curvature pairs the direction has the gradient's units; a first step of unit length is safe.
            var step = history.Count == 0 ? 1 / Math.Max(Norm(direction), 1e-300) : 1.0;
            var nextValue = double.NaN;
            var accepted = false;
            for (var backtrack = 0; backtrack < MaxBacktracks; backtrack++, step *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var candidate = x[i] + (step * direction[i]);
                    // Project onto the orthant: an L1 coordinate may reach 0 but not cross it within one step.
                    var orthant = x[i] != 0 ? Math.Sign(x[i]) : -Math.Sign(pseudo[i]);
                    next[i] = weights[i] > 0 && Math.Sign(candidate) != orthant ? 0 : candidate;
                }

                nextValue = smooth(next, nextGradient) + OrthantWiseNewton.L1(next, weights);
                var predicted = 0.0;
                for (var i = 0; i < n; i++)
                {
                    predicted += pseudo[i] * (next[i] - x[i]);
                }

                if (nextValue <= value + (ArmijoFraction * predicted))
                {
                    accepted = true;
                    break;
                }
            }

            if (!accepted)
            {
                // No decrease along a descent direction means we sit at the optimum to machine precision.
                converged = history.Count == 0;
                if (converged)
                {
                    break;
                }

                history.Clear();
                continue;
            }

            history.Add(x, next, gradient, nextGradient);
            var decrease = value - nextValue;
            Array.Copy(next, x, n);
            Array.Copy(nextGradient, gradient, n);
            value = nextValue;
            if (decrease <= RelativeTolerance * Math.Max(Math.Abs(value), 1))
            {
                converged = true;
                break;
            }
        }

        return new OptimizationResult(x, value, iterations, converged);
    }

    /// <summary>Zeroes L1 coordinates where the quasi-Newton direction disagrees in sign with steepest descent.</summary>
    private static void ConstrainToDescent(Span<double> direction, ReadOnlySpan<double> pseudo, ReadOnlySpan<double> weights)
    {
        for (var i = 0; i < direction.Length; i++)
        {
            if (weights[i] > 0 && direction[i] * pseudo[i] >= 0)
            {
                direction[i] = 0;
            }
        }
    }

    private static void Negate(Span<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -values[i];
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    private static double MaxAbs(ReadOnlySpan<double> a)
    {
        var max = 0.0;
        foreach (var value in a)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        return max;
    }
}


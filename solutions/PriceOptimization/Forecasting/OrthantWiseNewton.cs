namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Minimizes f(x) + Σ wᵢ|xᵢ| for a smooth f with a known Hessian, by OWL-QN's orthant-wise scheme (Andrew and Gao,
/// 2007) with exact Newton steps in place of L-BFGS's estimate: the pseudo-gradient gives the steepest descent of the
/// non-smooth objective, coordinates held at 0 by their weight stay out of the step, the Newton step is solved on
/// the rest, coordinates leaving 0 must leave downhill, and the line search never lets a coordinate cross 0 (it
/// stops there instead), so weighted coordinates become exactly 0.
/// </summary>
/// <remarks>
/// Prophet's posterior needs this: its changepoint hinges (t − s)₊ are nearly collinear, so plain OWL-QN with
/// L-BFGS curvature took over 2,000 iterations on three years of daily data, while the model's Hessian is exact
/// and cheap (p ≈ 55) and Newton steps finish in tens.
/// </remarks>
internal sealed class OrthantWiseNewton
{
    private const double ArmijoFraction = 1e-4;
    private const int MaxBacktracks = 50;

    public int MaxIterations { get; init; } = 500;

    /// <summary>Stop when the Newton step predicts a decrease below this (nats: the objective is a log density).</summary>
    public double DecreaseTolerance { get; init; } = 1e-11;

    public OptimizationResult Minimize(SmoothObjective smooth, HessianOf hessianOf, ReadOnlySpan<double> weights, ReadOnlySpan<double> start)
    {
        var n = start.Length;
        var x = start.ToArray();
        var gradient = new double[n];
        var pseudo = new double[n];
        var direction = new double[n];
        var next = new double[n];
        var nextGradient = new double[n];
        var hessian = new double[n * n];
        var subsystem = new double[n * n];
        var free = new bool[n];
        var freeIndex = new int[n];
        var rhs = new double[n];
        var factor = new CholeskyFactor(n);

        var value = smooth(x, gradient) + L1(x, weights);
        var iterations = 0;
        var converged = false;
        while (iterations < MaxIterations)
        {
            PseudoGradient(x, gradient, weights, pseudo);
            for (var i = 0; i < n; i++)
            {
                // A weighted coordinate at 0 whose weight outweighs its gradient is optimal where it is.
                free[i] = weights[i] == 0 || x[i] != 0 || pseudo[i] != 0;
            }

            hessianOf(x, hessian, true);
            if (!NewtonStep(hessian, pseudo, x, weights, free, freeIndex, subsystem, rhs, factor, direction))
            {
                // Far from the optimum σ̂'s response can make the profiled Hessian indefinite: drop that term.
                hessianOf(x, hessian, false);
                if (!NewtonStep(hessian, pseudo, x, weights, free, freeIndex, subsystem, rhs, factor, direction))
                {
                    for (var i = 0; i < n; i++)
                    {
                        direction[i] = free[i] ? -pseudo[i] : 0;
                    }
                }
            }

            var slope = Dot(direction, pseudo);
            if (-slope / 2 <= DecreaseTolerance)
            {
                converged = true;
                break;
            }

            iterations++;
            var step = 1.0;
            var accepted = false;
            var nextValue = value;
            for (var backtrack = 0; backtrack < MaxBacktracks && !accepted; backtrack++, step *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var candidate = x[i] + (step * direction[i]);
                    var orthant = x[i] != 0 ? Math.Sign(x[i]) : -Math.Sign(pseudo[i]);
                    next[i] = weights[i] > 0 && Math.Sign(candidate) != orthant ? 0 : candidate;
                }

                nextValue = smooth(next, nextGradient) + L1(next, weights);
                var predicted = 0.0;
                for (var i = 0; i < n; i++)
                {
                    predicted += pseudo[i] * (next[i] - x[i]);
                }

                accepted = nextValue <= value + (ArmijoFraction * predicted);
            }

            if (!accepted)
            {
                // No decrease along a descent direction: the optimum to machine precision.
                converged = true;
                break;
            }

            (x, next) = (next, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
        }

        return new OptimizationResult(x, value, iterations, converged);
    }

    /// <summary>
    /// Solves H_FF·d_F = −pseudo_F on the free set F, dropping from F any coordinate that would leave 0 uphill and
    /// solving again; false when H_FF is not positive definite.
    /// </summary>
    private static bool NewtonStep(
        double[] hessian, double[] pseudo, double[] x, ReadOnlySpan<double> weights, bool[] free, int[] freeIndex,
        double[] subsystem, double[] rhs, CholeskyFactor factor, double[] direction)
    {
        var n = x.Length;
        while (true)
        {
            var size = 0;
            for (var i = 0; i < n; i++)
            {
                if (free[i])
                {
                    freeIndex[size++] = i;
                }
            }

            Array.Clear(direction);
            if (size == 0)
            {
                return true;
            }

            for (var a = 0; a < size; a++)
            {
                rhs[a] = -pseudo[freeIndex[a]];
                for (var b = 0; b < size; b++)
                {
                    subsystem[(a * size) + b] = hessian[(freeIndex[a] * n) + freeIndex[b]];
                }
            }

            if (!factor.Factor(subsystem.AsSpan(0, size * size), size))
            {
                return false;
            }

            factor.Solve(rhs.AsSpan(0, size), rhs.AsSpan(0, size));
            var dropped = false;
            for (var a = 0; a < size; a++)
            {
                var i = freeIndex[a];
                direction[i] = rhs[a];
                if (weights[i] > 0 && x[i] == 0 && direction[i] * pseudo[i] >= 0)
                {
                    free[i] = false;
                    dropped = true;
                }
            }

            if (!dropped)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The gradient of f + Σ wᵢ|xᵢ| where it exists; at xᵢ = 0 the one-sided derivative that points downhill, or 0
    /// when neither side does (Andrew and Gao's pseudo-gradient).
    /// </summary>
    internal static void PseudoGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, ReadOnlySpan<double> weights, Span<double> pseudo)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var w = weights[i];
            pseudo[i] = w == 0 ? gradient[i]
                : x[i] > 0 ? gradient[i] + w
                : x[i] < 0 ? gradient[i] - w
                : gradient[i] + w < 0 ? gradient[i] + w
                : gradient[i] - w > 0 ? gradient[i] - w
                : 0;
        }
    }

    internal static double L1(ReadOnlySpan<double> x, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += weights[i] * Math.Abs(x[i]);
        }

        return sum;
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
}

/// <summary>Writes ∇²f(x), row-major; <c>exact</c> false asks for a positive-definite approximation instead.</summary>
internal delegate void HessianOf(ReadOnlySpan<double> x, Span<double> hessian, bool exact);

namespace Solutions.PriceOptimization.Tests.Forecasting;

/// <summary>
/// The last m curvature pairs (s = x' − x, y = ∇f(x') − ∇f(x)) of L-BFGS, applying the inverse-Hessian estimate by
/// the two-loop recursion (Nocedal and Wright, Algorithm 7.4). In OWL-QN the pairs use the smooth gradient only.
/// </summary>
internal sealed class CorrectionHistory
{
    private readonly double[][] steps;
    private readonly double[][] changes;
    private readonly double[] inverseCurvature;
    private readonly double[] alpha;
    private int newest = -1;

    public CorrectionHistory(int dimension, int memory)
    {
        steps = new double[memory][];
        changes = new double[memory][];
        for (var i = 0; i < memory; i++)
        {
            steps[i] = new double[dimension];
            changes[i] = new double[dimension];
        }

        inverseCurvature = new double[memory];
        alpha = new double[memory];
    }

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        newest = -1;
    }

    /// <summary>Stores the pair unless its curvature sᵀy is not safely positive (which would break positive definiteness).</summary>
    public void Add(ReadOnlySpan<double> x, ReadOnlySpan<double> next, ReadOnlySpan<double> gradient, ReadOnlySpan<double> nextGradient)
    {
        var slot = (newest + 1) % steps.Length;
        double curvature = 0, stepSquares = 0, changeSquares = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var s = next[i] - x[i];
            var y = nextGradient[i] - gradient[i];
            steps[slot][i] = s;
            changes[slot][i] = y;
            curvature += s * y;
            stepSquares += s * s;
            changeSquares += y * y;
        }

        if (curvature <= 1e-12 * Math.Sqrt(stepSquares * changeSquares))
        {
            return;
        }

        inverseCurvature[slot] = 1 / curvature;
        newest = slot;
        Count = Math.Min(Count + 1, steps.Length);
    }

    /// <summary>Writes H·v, H the L-BFGS inverse-Hessian estimate (the identity when no pair is stored).</summary>
    public void ApplyInverseHessian(ReadOnlySpan<double> v, Span<double> result)
    {
        v.CopyTo(result);
        var m = steps.Length;
        for (var k = 0; k < Count; k++)
        {
            var slot = (newest - k + m) % m;
            alpha[slot] = inverseCurvature[slot] * Dot(steps[slot], result);
            Axpy(-alpha[slot], changes[slot], result);
        }

        if (Count > 0)
        {
            // Scale the initial Hessian by sᵀy / yᵀy of the newest pair.
            var change = changes[newest];
            var gamma = 1 / (inverseCurvature[newest] * Dot(change, change));
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= gamma;
            }
        }

        for (var k = Count - 1; k >= 0; k--)
        {
            var slot = (newest - k + m) % m;
            var beta = inverseCurvature[slot] * Dot(changes[slot], result);
            Axpy(alpha[slot] - beta, steps[slot], result);
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

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }
}

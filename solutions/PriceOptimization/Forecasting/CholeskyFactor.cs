namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Cholesky factor L (A = LLᵀ) of a small symmetric positive-definite matrix of up to <c>capacity</c> rows, kept in
/// one buffer so that the repeated factorizations and solves of an optimization allocate nothing.
/// </summary>
internal sealed class CholeskyFactor(int capacity)
{
    private readonly double[] lower = new double[capacity * capacity];
    private int size;

    /// <summary>Factors the row-major <paramref name="dimension"/>² matrix; false if it is not positive definite.</summary>
    public bool Factor(ReadOnlySpan<double> matrix, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, capacity);
        var n = size = dimension;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[(i * n) + k] * lower[(j * n) + k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return false;
                    }

                    lower[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    lower[(i * n) + j] = sum / lower[(j * n) + j];
                }
            }
        }

        return true;
    }

    /// <summary>Solves A·x = b for the last factored A, into <paramref name="x"/> (which may be <paramref name="b"/>).</summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        var n = size;
        b[..n].CopyTo(x);
        for (var i = 0; i < n; i++)
        {
            var sum = x[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[(i * n) + k] * x[k];
            }

            x[i] = sum / lower[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= lower[(k * n) + i] * x[k];
            }

            x[i] = sum / lower[(i * n) + i];
        }
    }
}

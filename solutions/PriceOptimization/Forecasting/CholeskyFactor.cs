namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// In-place Cholesky factor L (A = LLᵀ) of a small symmetric positive-definite matrix, refactored into the same
/// buffer so that repeated solves allocate nothing.
/// </summary>
internal sealed class CholeskyFactor(int dimension)
{
    private readonly double[] lower = new double[dimension * dimension];

    public int Dimension => dimension;

    /// <summary>Factors the row-major matrix <paramref name="matrix"/>; false if it is not positive definite.</summary>
    public bool Factor(ReadOnlySpan<double> matrix)
    {
        var n = dimension;
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

    /// <summary>Solves A·x = b into <paramref name="x"/> (which may be <paramref name="b"/> itself).</summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        var n = dimension;
        b.CopyTo(x);
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

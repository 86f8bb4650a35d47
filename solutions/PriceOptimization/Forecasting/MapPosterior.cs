namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Prophet's negative log posterior (Stan's <c>optimizing</c> objective: constants and Jacobian dropped), with the
/// noise scale σ profiled out. For the linear model y ≈ Zθ with SSR(θ) = ‖y − Zθ‖²:
/// <code>
/// −log p(θ, σ | y) = n·log σ + SSR/(2σ²) + 2σ²              // y ~ Normal(Zθ, σ), σ ~ half-Normal(0, 0.5)
///                  + ½ Σ θᵢ² / sᵢ²                         // k, m ~ Normal(0, 5); β ~ Normal(0, prior scale)
///                  + Σ |δⱼ| / τ                             // δ ~ Laplace(0, τ)
/// </code>
/// Setting ∂/∂σ = 0 gives 4σ⁴ + nσ² − SSR = 0, so σ̂² = 2·SSR / (n + √(n² + 16·SSR)) in closed form, and by the
/// envelope theorem the gradient of the profiled objective is the partial gradient at σ̂. SSR comes from the Gram
/// matrix ZᵀZ, so each evaluation costs O(p²) whatever the length of the history.
/// </summary>
internal sealed class MapPosterior
{
    /// <summary>Stops σ̂ reaching 0 when the model interpolates the data exactly (the posterior is then unbounded).</summary>
    private const double MinimumVariance = 1e-18;

    private readonly double[] gram;
    private readonly double[] crossProducts;
    private readonly double sumOfSquares;
    private readonly int observations;
    private readonly double[] precision;
    private readonly double[] gramTheta;

    public MapPosterior(double[] gram, double[] crossProducts, double sumOfSquares, int observations, double[] precision, double[] laplaceWeights)
    {
        this.gram = gram;
        this.crossProducts = crossProducts;
        this.sumOfSquares = sumOfSquares;
        this.observations = observations;
        this.precision = precision;
        LaplaceWeights = laplaceWeights;
        gramTheta = new double[crossProducts.Length];
    }

    public int Dimension => crossProducts.Length;

    /// <summary>ZᵀZ, row-major.</summary>
    public ReadOnlySpan<double> Gram => gram;

    /// <summary>Zᵀy.</summary>
    public ReadOnlySpan<double> CrossProducts => crossProducts;

    /// <summary>yᵀy.</summary>
    public double SumOfSquares => sumOfSquares;

    public int Observations => observations;

    /// <summary>1 / prior variance of each Gaussian-prior parameter, 0 on the deltas.</summary>
    public ReadOnlySpan<double> Precision => precision;

    /// <summary>1/τ on the changepoint deltas, 0 on every other parameter.</summary>
    public double[] LaplaceWeights { get; }

    /// <summary>Builds the Gram matrix ZᵀZ, Zᵀy and yᵀy from a row-major design matrix.</summary>
    public static MapPosterior Create(double[] design, double[] y, double[] precision, double[] laplaceWeights) =>
        Create((i, row) => design.AsSpan(i * row.Length, row.Length).CopyTo(row), y, precision, laplaceWeights);

    /// <summary>
    /// Builds the Gram matrix ZᵀZ, Zᵀy and yᵀy one design row at a time, so the n × p design matrix is never held.
    /// </summary>
    public static MapPosterior Create(DesignRowWriter writeRow, double[] y, double[] precision, double[] laplaceWeights)
    {
        var width = precision.Length;
        var rows = y.Length;
        var gram = new double[width * width];
        var crossProducts = new double[width];
        var row = new double[width];
        double sumOfSquares = 0;
        for (var i = 0; i < rows; i++)
        {
            writeRow(i, row);
            sumOfSquares += y[i] * y[i];
            for (var a = 0; a < width; a++)
            {
                var za = row[a];
                if (za == 0)
                {
                    // Hinge and holiday columns are mostly zero: skipping them halves the work.
                    continue;
                }

                crossProducts[a] += za * y[i];
                var gramRow = gram.AsSpan(a * width, width);
                for (var b = a; b < width; b++)
                {
                    gramRow[b] += za * row[b];
                }
            }
        }

        for (var a = 0; a < width; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[(a * width) + b] = gram[(b * width) + a];
            }
        }

        return new MapPosterior(gram, crossProducts, sumOfSquares, rows, precision, laplaceWeights);
    }

    /// <summary>The smooth part (likelihood, σ and Gaussian priors) at θ, writing its gradient.</summary>
    public double SmoothValue(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var width = Dimension;
        double quadratic = 0, linear = 0, prior = 0;
        for (var a = 0; a < width; a++)
        {
            var sum = 0.0;
            var gramRow = gram.AsSpan(a * width, width);
            for (var b = 0; b < width; b++)
            {
                sum += gramRow[b] * theta[b];
            }

            gramTheta[a] = sum;
            quadratic += theta[a] * sum;
            linear += theta[a] * crossProducts[a];
            prior += precision[a] * theta[a] * theta[a];
        }

        var residualSquares = Math.Max(sumOfSquares - (2 * linear) + quadratic, 0);
        var variance = NoiseVariance(residualSquares);
        for (var a = 0; a < width; a++)
        {
            gradient[a] = ((gramTheta[a] - crossProducts[a]) / variance) + (precision[a] * theta[a]);
        }

        return (0.5 * observations * Math.Log(variance)) + (residualSquares / (2 * variance)) + (2 * variance) + (0.5 * prior);
    }

    /// <summary>
    /// The Hessian of <see cref="SmoothValue"/> at θ, row-major. With q = ZᵀZθ − Zᵀy and v = σ̂²(SSR):
    /// ∇²f = ZᵀZ/v + diag(precision) − 2v′/v² · qqᵀ, where v′ = dv/dSSR = 1/(8v + n) from 4v² + nv = SSR.
    /// The last term is σ̂'s response to θ; it can make the profiled objective non-convex far from the optimum.
    /// </summary>
    public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian, bool includeNoiseCoupling = true)
    {
        var width = Dimension;
        double quadratic = 0, linear = 0;
        for (var a = 0; a < width; a++)
        {
            var sum = 0.0;
            var gramRow = gram.AsSpan(a * width, width);
            for (var b = 0; b < width; b++)
            {
                sum += gramRow[b] * theta[b];
            }

            gramTheta[a] = sum - crossProducts[a];
            quadratic += theta[a] * sum;
            linear += theta[a] * crossProducts[a];
        }

        var residualSquares = Math.Max(sumOfSquares - (2 * linear) + quadratic, 0);
        var variance = NoiseVariance(residualSquares);
        var coupling = includeNoiseCoupling && variance > MinimumVariance ? 2 / ((8 * variance) + observations) / (variance * variance) : 0;
        for (var a = 0; a < width; a++)
        {
            for (var b = 0; b < width; b++)
            {
                hessian[(a * width) + b] = (gram[(a * width) + b] / variance) - (coupling * gramTheta[a] * gramTheta[b]);
            }

            hessian[(a * width) + a] += precision[a];
        }
    }

    /// <summary>The whole negative log posterior at θ (σ profiled out).</summary>
    public double Value(ReadOnlySpan<double> theta)
    {
        Span<double> gradient = new double[Dimension];
        var value = SmoothValue(theta, gradient);
        for (var a = 0; a < Dimension; a++)
        {
            value += LaplaceWeights[a] * Math.Abs(theta[a]);
        }

        return value;
    }

    /// <summary>The MAP noise scale σ̂ (scaled units) at θ.</summary>
    public double NoiseScale(ReadOnlySpan<double> theta)
    {
        var width = Dimension;
        double quadratic = 0, linear = 0;
        for (var a = 0; a < width; a++)
        {
            var sum = 0.0;
            for (var b = 0; b < width; b++)
            {
                sum += gram[(a * width) + b] * theta[b];
            }

            quadratic += theta[a] * sum;
            linear += theta[a] * crossProducts[a];
        }

        return Math.Sqrt(NoiseVariance(Math.Max(sumOfSquares - (2 * linear) + quadratic, 0)));
    }

    private double NoiseVariance(double residualSquares) =>
        // The stable root of 4σ⁴ + nσ² − SSR = 0 (no cancellation when SSR ≪ n²).
        Math.Max(2 * residualSquares / (observations + Math.Sqrt((double)observations * observations + (16 * residualSquares))), MinimumVariance);
}

/// <summary>Writes row <c>index</c> of the design matrix into <c>row</c>.</summary>
internal delegate void DesignRowWriter(int index, Span<double> row);

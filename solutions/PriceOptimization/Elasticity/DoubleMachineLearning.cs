using Microsoft.ML;
using Solutions.PriceOptimization.Data;
using Solutions.Shared.Data.Splits;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// Price elasticity by double/debiased machine learning (Chernozhukov et al. 2018) in the partially linear model
/// log volume = θ log price + g(X) + ε, log price = m(X) + η: gradient-boosted trees learn E[log volume | X] and
/// E[log price | X] with K-fold cross-fitting, θ is the slope of the outcome residual on the price residual, and
/// the whole is repeated over fresh folds with the median as the estimate and the median of
/// (variance + squared deviation from the median) as its variance (the paper's Definition 3.3).
/// </summary>
public static class DoubleMachineLearning
{
    /// <summary>Estimates every product's elasticity.</summary>
    /// <param name="history">At least <see cref="PriceHistoryLoader.MinimumDays"/> days per product.</param>
    /// <param name="options">Folds, repetitions, learner; defaults when null.</param>
    /// <param name="progress">Receives the fraction done.</param>
    public static IReadOnlyList<ElasticityEstimate> Estimate(
        PriceHistory history, DmlOptions? options = null, IProgress<double>? progress = null)
    {
        options ??= new DmlOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Repetitions, 1);
        if (options.HeterogeneityCovariate is { } covariate)
        {
            // Fail before an hour of fitting, not after.
            ControlFeatures.Covariate(history.Products[0].Days[0], covariate);
        }
        var origin = history.Products.Min(p => p.Start);
        var groups = options.Pooled
            ? [history.Products]
            : history.Products.Select(p => (IReadOnlyList<ProductHistory>)[p]).ToArray();
        var fits = groups.Length * options.Repetitions * options.Folds;
        var done = 0;
        var estimates = new List<ElasticityEstimate>();
        foreach (var group in groups)
        {
            var features = group
                .SelectMany((p, i) => ControlFeatures.Build(p, options.Pooled ? i : null, origin))
                .ToArray();
            var logVolume = group.SelectMany(p => p.Days.Select(d => Math.Log(d.Volume))).ToArray();
            var logPrice = group.SelectMany(p => p.Days.Select(d => Math.Log(d.Price))).ToArray();
            var mlContext = new MLContext(options.Seed);
            var regressor = new NuisanceRegressor(mlContext, options, features[0].Length);
            var residuals = new List<CrossFitResiduals>();
            for (var r = 0; r < options.Repetitions; r++)
            {
                residuals.Add(CrossFit(regressor, features, logVolume, logPrice, options, options.Seed + 7919 * r,
                    () => progress?.Report((double)++done / fits)));
            }
            var offset = 0;
            foreach (var product in group)
            {
                var rows = product.Days.Count;
                estimates.Add(FinalStage(product, residuals, offset, rows, logPrice[offset..(offset + rows)], logVolume[offset..(offset + rows)], options));
                offset += rows;
            }
        }
        return estimates;
    }

    /// <summary>One repetition's out-of-fold residuals: U = log volume − ℓ̂(X), V = log price − m̂(X).</summary>
    private sealed record CrossFitResiduals(double[] U, double[] V);

    private static CrossFitResiduals CrossFit(
        NuisanceRegressor regressor, float[][] features, double[] logVolume, double[] logPrice, DmlOptions options, int seed, Action foldDone)
    {
        var n = logVolume.Length;
        var u = new double[n];
        var v = new double[n];
        var folds = KFold.Split(n, options.Folds, seed);
        foreach (var fold in folds)
        {
            var volumeHat = regressor.FitPredict(features, logVolume, fold.Train, fold.Test);
            var priceHat = regressor.FitPredict(features, logPrice, fold.Train, fold.Test);
            for (var k = 0; k < fold.Test.Count; k++)
            {
                var row = fold.Test[k];
                u[row] = logVolume[row] - volumeHat[k];
                v[row] = logPrice[row] - priceHat[k];
            }
            foldDone();
        }
        return new CrossFitResiduals(u, v);
    }

    private static ElasticityEstimate FinalStage(
        ProductHistory product, List<CrossFitResiduals> residuals, int offset, int rows,
        double[] logPrice, double[] logVolume, DmlOptions options)
    {
        var weights = Enumerable.Range(0, rows).Select(_ => 1.0).ToArray();
        var slopes = residuals.Select(r => Moment(r, offset, rows, weights)).ToArray();
        var (theta, variance) = MedianAggregate(slopes.Select(s => (s.Theta[0], s.Covariance[0, 0])).ToArray());
        var se = Math.Sqrt(variance);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + options.ConfidenceLevel / 2);

        ElasticityByCovariate? heterogeneity = null;
        if (options.HeterogeneityCovariate is { } covariate)
        {
            var values = product.Days.Select(d => ControlFeatures.Covariate(d, covariate)).ToArray();
            var mean = values.Average();
            var centred = values.Select(w => w - mean).ToArray();
            var fits = residuals.Select(r => Moment(r, offset, rows, weights, centred)).ToArray();
            var (atMean, atMeanVariance) = MedianAggregate([.. fits.Select(f => (f.Theta[0], f.Covariance[0, 0]))]);
            var (slope, slopeVariance) = MedianAggregate([.. fits.Select(f => (f.Theta[1], f.Covariance[1, 1]))]);
            heterogeneity = new ElasticityByCovariate(covariate, mean, atMean, Math.Sqrt(atMeanVariance), slope, Math.Sqrt(slopeVariance));
        }
        return new ElasticityEstimate(
            product.Product, theta, se, theta - z * se, theta + z * se, rows,
            [.. slopes.Select(s => s.Theta[0])], NaiveElasticity.Fit(logPrice, logVolume), heterogeneity);
    }

    /// <summary>
    /// The partialling-out moment on one product's rows: outcome U, price term and instrument [V, V w] (w is
    /// absent for a constant elasticity), which is EconML LinearDML's final stage.
    /// </summary>
    private static (double[] Theta, double[,] Covariance) Moment(
        CrossFitResiduals residuals, int offset, int rows, double[] ones, double[]? covariate = null)
    {
        var terms = covariate is null ? [ones] : new[] { ones, covariate };
        var regressors = Enumerable.Range(0, rows)
            .Select(i => terms.Select(t => residuals.V[offset + i] * t[i]).ToArray()).ToArray();
        return ResidualRegression.Solve(residuals.U[offset..(offset + rows)], regressors, regressors);
    }

    /// <summary>The median estimate and the median of variance + squared distance to it (Chernozhukov et al. 2018, Def. 3.3).</summary>
    public static (double Estimate, double Variance) MedianAggregate(IReadOnlyList<(double Estimate, double Variance)> repetitions)
    {
        var estimate = Median(repetitions.Select(r => r.Estimate));
        var variance = Median(repetitions.Select(r => r.Variance + (r.Estimate - estimate) * (r.Estimate - estimate)));
        return (estimate, variance);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

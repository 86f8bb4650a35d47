using Microsoft.ML;
using Solutions.PriceOptimization.Data;
using Solutions.Shared.Data.Splits;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// Price elasticity by double/debiased machine learning (Chernozhukov et al. 2018) in the partially linear model
/// log volume = θ log price + g(X) + ε, log price = m(X) + η. Nuisance learners (a spline ridge and LightGBM,
/// chosen per nuisance by out-of-fold error) learn E[log price | X] and E[log volume | X] with K-fold
/// cross-fitting; θ solves the IV-type score mean((Y − θD − ĝ(X))(D − m̂(X))) = 0 (or the partialling-out one,
/// the residual-on-residual slope); the whole is repeated over fresh folds with the median as the estimate and
/// the median of (variance + squared deviation from the median) as its variance (the paper's Definition 3.3).
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
            // Log price relative to the product's base price: the slope is the same, and the IV-type score's
            // residual Y − θD − ĝ(X) then carries no (θ̃ − θ) × log(base price) level from the first-stage θ̃.
            var logPrice = group.SelectMany(p => p.Days.Select(d => Math.Log(d.Price / p.BasePrice))).ToArray();
            var mlContext = new MLContext(options.Seed);
            INuisanceModel Model(NuisanceLearner learner) => learner == NuisanceLearner.SplineRidge
                ? new SplineRidgeRegressor(options.Pooled)
                : new NuisanceRegressor(mlContext, options, learner, features[0].Length);
            var candidates = options.Learner == NuisanceLearner.Selected
                ? new[] { NuisanceLearner.SplineRidge, NuisanceLearner.LightGbm }
                : [options.Learner];
            var outcome = new CrossFittedNuisance([.. candidates.Select(Model)]);
            var price = new CrossFittedNuisance([.. candidates.Select(Model)]);
            var demand = new CrossFittedNuisance([.. candidates.Select(Model)]);
            var productOf = group.SelectMany((p, i) => p.Days.Select(_ => i)).ToArray();
            var residuals = new List<CrossFitResiduals>();
            for (var r = 0; r < options.Repetitions; r++)
            {
                var folds = KFold.Split(logVolume.Length, options.Folds, options.Seed + 7919 * r);
                // The first repetition fits every candidate and keeps, per nuisance, the one with the lower
                // out-of-fold error; later repetitions fit only the kept one.
                var u = outcome.Residuals(features, logVolume, folds);
                var v = price.Residuals(features, logPrice, folds);
                var g = options.Score == DmlScore.IvType ? IvTypeOutcome(demand, features, logVolume, logPrice, productOf, u, v, folds) : null;
                residuals.Add(new CrossFitResiduals(u, v, g, logPrice));
                done += options.Folds;
                progress?.Report((double)done / fits);
            }
            var learners = (candidates[options.Score == DmlScore.IvType ? demand.Chosen : outcome.Chosen], candidates[price.Chosen]);
            var offset = 0;
            foreach (var product in group)
            {
                var rows = product.Days.Count;
                estimates.Add(FinalStage(product, residuals, offset, rows, logPrice[offset..(offset + rows)], logVolume[offset..(offset + rows)], options, learners));
                offset += rows;
            }
        }
        return estimates;
    }

    /// <summary>
    /// DoubleML's IV-type score needs G = log volume − ĝ(X), with g(X) = E[log volume − θ log price | X] learned
    /// from the outcome with the price effect of a first partialling-out estimate θ̃ (per product) taken out: a
    /// target far less noisy than log volume itself, which carries θ × every price move.
    /// </summary>
    private static double[] IvTypeOutcome(
        CrossFittedNuisance demand, float[][] features, double[] logVolume, double[] logPrice, int[] productOf,
        double[] u, double[] v, IReadOnlyList<Fold> folds)
    {
        var initial = Enumerable.Range(0, productOf.Max() + 1)
            .Select(i => ResidualRegression.Slope(
                [.. u.Where((_, row) => productOf[row] == i)], [.. v.Where((_, row) => productOf[row] == i)]).Theta)
            .ToArray();
        var adjusted = logVolume.Select((y, row) => y - initial[productOf[row]] * logPrice[row]).ToArray();
        var residual = demand.Residuals(features, adjusted, folds);
        return [.. residual.Select((e, row) => e + initial[productOf[row]] * logPrice[row])];
    }

    /// <summary>
    /// One repetition's out-of-fold residuals: U = log volume − ℓ̂(X), V = log price − m̂(X), and for the IV-type
    /// score G = log volume − ĝ(X) beside the log price D.
    /// </summary>
    private sealed record CrossFitResiduals(double[] U, double[] V, double[]? G, double[] D);

    private static ElasticityEstimate FinalStage(
        ProductHistory product, List<CrossFitResiduals> residuals, int offset, int rows,
        double[] logPrice, double[] logVolume, DmlOptions options, (NuisanceLearner Outcome, NuisanceLearner Price) learners)
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
            [.. slopes.Select(s => s.Theta[0])], NaiveElasticity.Fit(logPrice, logVolume), heterogeneity,
            learners.Outcome, learners.Price);
    }

    /// <summary>
    /// The partialling-out moment on one product's rows: outcome U, price term and instrument [V, V w] (w is
    /// absent for a constant elasticity), which is EconML LinearDML's final stage.
    /// </summary>
    private static (double[] Theta, double[,] Covariance) Moment(
        CrossFitResiduals residuals, int offset, int rows, double[] ones, double[]? covariate = null)
    {
        var terms = covariate is null ? [ones] : new[] { ones, covariate };
        var instruments = Enumerable.Range(0, rows)
            .Select(i => terms.Select(t => residuals.V[offset + i] * t[i]).ToArray()).ToArray();
        if (residuals.G is { } g)
        {
            var prices = Enumerable.Range(0, rows)
                .Select(i => terms.Select(t => residuals.D[offset + i] * t[i]).ToArray()).ToArray();
            return ResidualRegression.Solve(g[offset..(offset + rows)], prices, instruments);
        }
        return ResidualRegression.Solve(residuals.U[offset..(offset + rows)], instruments, instruments);
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

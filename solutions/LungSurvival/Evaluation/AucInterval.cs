using MathNet.Numerics.Distributions;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>
/// A 95% interval for the mean cross-validated AUC by the corrected resampled t-test of Nadeau and Bengio (2003):
/// fold AUCs share most of their training patients, so their variance σ² understates the uncertainty;
/// the correction uses Var(mean) = (1/J + n_test/n_train) σ² over the J = k × r folds, with a t quantile on J − 1 degrees of freedom.
/// </summary>
/// <param name="Mean">Mean of the fold AUCs.</param>
/// <param name="Low">Lower end of the 95% interval (not clipped to [0, 1]).</param>
/// <param name="High">Upper end of the 95% interval.</param>
public sealed record AucInterval(double Mean, double Low, double High)
{
    public const string Method = "corrected resampled t-interval (Nadeau & Bengio 2003): mean ± t(0.975, J−1) × sqrt((1/J + n_test/n_train) × s²) over the J fold AUCs";

    /// <param name="foldAucs">One AUC per fold of every repeat.</param>
    /// <param name="testToTrainRatio">n_test / n_train, e.g. 1/4 for 5 folds.</param>
    public static AucInterval Corrected(IReadOnlyList<double> foldAucs, double testToTrainRatio)
    {
        if (foldAucs.Count < 2 || foldAucs.Any(a => !double.IsFinite(a)))
        {
            throw new ArgumentException("The interval needs at least two finite fold AUCs.", nameof(foldAucs));
        }
        var j = foldAucs.Count;
        var mean = foldAucs.Average();
        var variance = foldAucs.Sum(a => (a - mean) * (a - mean)) / (j - 1);
        var halfWidth = StudentT.InvCDF(0, 1, j - 1, 0.975) * Math.Sqrt((1.0 / j + testToTrainRatio) * variance);
        return new AucInterval(mean, mean - halfWidth, mean + halfWidth);
    }
}

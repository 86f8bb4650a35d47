namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Metrics that need the predicted probability of every class, not just the predicted class.</summary>
/// <param name="LogLoss">
/// Mean of −ln p, where p is the probability given to the actual class, clipped to [1e-15, 1 − 1e-15].
/// Rows are taken as given, not renormalised.
/// </param>
/// <param name="TopKAccuracies">
/// Element k − 1 is the fraction of rows whose actual class is among the k most probable, for k = 1 to the
/// number of classes. Equal probabilities rank in class order, so top-1 accuracy equals the report's accuracy.
/// </param>
public sealed record ProbabilityEvaluation(double LogLoss, IReadOnlyList<double> TopKAccuracies)
{
    /// <summary>Fraction of rows whose actual class is among the <paramref name="k"/> most probable.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not between 1 and the number of classes.</exception>
    public double TopKAccuracy(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, TopKAccuracies.Count);
        return TopKAccuracies[k - 1];
    }
}

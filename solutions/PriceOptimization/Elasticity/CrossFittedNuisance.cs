using Solutions.Shared.Data.Splits;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// One nuisance function with its candidate learners. <see cref="Residuals"/> cross-fits every candidate
/// until one is chosen (by out-of-fold mean squared error), then only that one.
/// </summary>
internal sealed class CrossFittedNuisance(INuisanceModel[] candidates)
{
    private int? _chosen;

    public int Chosen => _chosen ?? 0;

    public double[] Residuals(float[][] features, double[] target, IReadOnlyList<Fold> folds)
    {
        var indices = _chosen is { } c ? [c] : Enumerable.Range(0, candidates.Length).ToArray();
        var residuals = indices.Select(_ => new double[target.Length]).ToArray();
        foreach (var fold in folds)
        {
            for (var m = 0; m < indices.Length; m++)
            {
                var predicted = candidates[indices[m]].FitPredict(features, target, fold.Train, fold.Test);
                for (var k = 0; k < fold.Test.Count; k++)
                {
                    residuals[m][fold.Test[k]] = target[fold.Test[k]] - predicted[k];
                }
            }
        }
        var best = Enumerable.Range(0, indices.Length).MinBy(m => residuals[m].Sum(e => e * e))!;
        _chosen ??= indices[best];
        return residuals[best];
    }
}

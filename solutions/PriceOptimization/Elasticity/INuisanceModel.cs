namespace Solutions.PriceOptimization.Elasticity;

/// <summary>One nuisance fit of cross-fitting: learn on some rows, predict others.</summary>
internal interface INuisanceModel
{
    double[] FitPredict(float[][] features, double[] target, IReadOnlyList<int> train, IReadOnlyList<int> test);
}

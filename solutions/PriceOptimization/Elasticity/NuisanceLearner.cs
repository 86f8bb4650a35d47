namespace Solutions.PriceOptimization.Elasticity;

/// <summary>The ML.NET regressor that learns E[log volume | X] and E[log price | X].</summary>
public enum NuisanceLearner
{
    FastTree,
    LightGbm,
}

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>The regressor that learns E[log volume | X] and E[log price | X].</summary>
public enum NuisanceLearner
{
    /// <summary>ML.NET FastTree gradient-boosted trees.</summary>
    FastTree,

    /// <summary>ML.NET LightGBM gradient-boosted trees.</summary>
    LightGbm,

    /// <summary>Ridge regression on a spline basis of the controls, per product, penalty by generalized cross-validation.</summary>
    SplineRidge,

    /// <summary>
    /// For each nuisance separately, whichever of <see cref="LightGbm"/> and <see cref="SplineRidge"/> has the lower
    /// out-of-fold mean squared error in the first repetition of cross-fitting (standard DML practice: the
    /// nuisance learner is chosen by its predictive loss, never by the elasticity it yields).
    /// </summary>
    Selected,
}

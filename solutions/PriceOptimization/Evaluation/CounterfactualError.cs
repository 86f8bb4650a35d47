namespace Solutions.PriceOptimization.Evaluation;

/// <summary>
/// How far each model's predicted volume is from the true volume when the price is the historical policy's
/// price times <see cref="PriceMultiplier"/>, over the days of the history the models were fitted on.
/// </summary>
/// <param name="Product">The product, or "all" for the mean over products.</param>
/// <param name="PriceMultiplier">Price relative to the policy's (1 = the price actually charged).</param>
/// <param name="CausalMape">Mean absolute percentage error of forecast + DML elasticity.</param>
/// <param name="PredictiveMape">Mean absolute percentage error of the forecaster with log price as a regressor.</param>
public sealed record CounterfactualError(string Product, double PriceMultiplier, double CausalMape, double PredictiveMape);

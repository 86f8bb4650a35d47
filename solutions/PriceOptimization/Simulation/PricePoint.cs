namespace Solutions.PriceOptimization.Simulation;

/// <summary>One candidate price with the volume the model expects at it and the objective's value there.</summary>
public sealed record PricePoint(double Price, double ExpectedVolume, double ObjectiveValue);

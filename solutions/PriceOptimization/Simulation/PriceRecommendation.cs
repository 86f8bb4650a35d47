namespace Solutions.PriceOptimization.Simulation;

/// <summary>The best of the candidate prices for one product and day, and the whole curve it was chosen from.</summary>
public sealed record PriceRecommendation(
    string Product, DateTime Date, string Objective, double Price, double ExpectedVolume, double ObjectiveValue,
    IReadOnlyList<PricePoint> Curve);

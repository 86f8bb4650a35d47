namespace Solutions.PriceOptimization.Simulation;

/// <summary>The forecast volume of one day at the product's base price, with its uncertainty interval.</summary>
public sealed record DailyBaseline(DateTime Date, double Volume, double Lower, double Upper);

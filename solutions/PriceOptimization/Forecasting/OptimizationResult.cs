namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Where the minimizer stopped.</summary>
/// <param name="Minimizer">The point reached.</param>
/// <param name="Value">The objective, smooth part plus the L1 term, at <see cref="Minimizer"/>.</param>
/// <param name="Iterations">Steps taken (line searches).</param>
/// <param name="Converged">Whether a tolerance was met before the iteration limit.</param>
internal sealed record OptimizationResult(double[] Minimizer, double Value, int Iterations, bool Converged);

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>How the MAP fit went.</summary>
/// <param name="Iterations">Orthant-wise Newton steps (0 for a constant history, which needs none).</param>
/// <param name="Converged">Whether the optimizer met its tolerance before its iteration limit.</param>
/// <param name="NegativeLogPosterior">
/// The minimized objective on Prophet's scaled data (constants dropped, σ at its optimum); NaN for a constant history.
/// </param>
/// <param name="NoiseStandardDeviation">The fitted observation noise σ in units of y.</param>
public sealed record ForecastFitDiagnostics(int Iterations, bool Converged, double NegativeLogPosterior, double NoiseStandardDeviation);

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Errors of rolling-origin forecasts, pooled over every cutoff and horizon.</summary>
/// <param name="Cutoffs">Forecast origins evaluated.</param>
/// <param name="Mae">Mean absolute error, in units of y.</param>
/// <param name="Mape">Mean absolute percentage error as a fraction, over the points whose actual value is not 0.</param>
/// <param name="Mase">
/// Mean absolute scaled error: each absolute error divided by the in-sample MAE of the weekly seasonal naive
/// forecast (y_{t−7}) on its cutoff's training window. Below 1 beats that naive forecast.
/// </param>
/// <param name="Coverage">Fraction of actual values inside the forecast interval (0.8 expected for an 80% interval).</param>
/// <param name="ByHorizon">The same metrics for each whole number of days after the cutoff.</param>
/// <param name="Predictions">Every forecast made, for charts and further analysis.</param>
public sealed record ForecastCrossValidationResult(
    int Cutoffs,
    double Mae,
    double Mape,
    double Mase,
    double Coverage,
    IReadOnlyList<ForecastHorizonMetrics> ByHorizon,
    IReadOnlyList<CrossValidationPrediction> Predictions);

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Cross-validation errors of the forecasts made a given number of days after their cutoff.</summary>
/// <param name="HorizonDays">Days after the cutoff (rounded up), or the whole horizon for the pooled metrics.</param>
/// <param name="Count">Forecasts scored.</param>
/// <param name="Mae">Mean absolute error, in units of y.</param>
/// <param name="Mape">Mean absolute percentage error as a fraction, over actual values that are not 0.</param>
/// <param name="Mase">Mean absolute error scaled by each training window's weekly seasonal naive MAE.</param>
/// <param name="Coverage">Fraction of actual values inside the interval.</param>
public sealed record ForecastHorizonMetrics(int HorizonDays, int Count, double Mae, double Mape, double Mase, double Coverage);

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Predictions per date, in the units of y: <c>Yhat = Trend + Weekly + Yearly + Holidays + Σ RegressorEffects</c>.
/// </summary>
/// <param name="Dates">The predicted dates, in the order asked.</param>
/// <param name="Yhat">The point forecast (the MAP model's mean).</param>
/// <param name="YhatLower">Lower bound of the uncertainty interval (trend changes and noise); NaN when sampling is off.</param>
/// <param name="YhatUpper">Upper bound of the uncertainty interval; NaN when sampling is off.</param>
/// <param name="Trend">The piecewise-linear trend.</param>
/// <param name="Weekly">The weekly seasonality; 0 when it is off.</param>
/// <param name="Yearly">The yearly seasonality; 0 when it is off.</param>
/// <param name="Holidays">The summed effect of every holiday on each date.</param>
/// <param name="RegressorEffects">Each regressor's contribution, β · (x − mean) / std in units of y.</param>
public sealed record Forecast(
    IReadOnlyList<DateTime> Dates,
    IReadOnlyList<double> Yhat,
    IReadOnlyList<double> YhatLower,
    IReadOnlyList<double> YhatUpper,
    IReadOnlyList<double> Trend,
    IReadOnlyList<double> Weekly,
    IReadOnlyList<double> Yearly,
    IReadOnlyList<double> Holidays,
    IReadOnlyDictionary<string, IReadOnlyList<double>> RegressorEffects);

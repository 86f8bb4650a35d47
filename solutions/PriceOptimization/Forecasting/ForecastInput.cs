namespace Solutions.PriceOptimization.Forecasting;

/// <summary>A history to fit: Prophet's <c>ds</c> and <c>y</c> columns, extra regressors and holidays.</summary>
/// <param name="Dates">Observation dates, strictly increasing.</param>
/// <param name="Values">The observed y, one finite value per date.</param>
/// <param name="Regressors">
/// Extra regressors by name, one finite value per date; the same names must be given to
/// <see cref="FittedForecaster.Predict"/>. Binary 0/1 regressors enter as they are, others standardized.
/// </param>
/// <param name="Holidays">Every occurrence of every holiday, including those in the forecast period.</param>
public sealed record ForecastInput(
    IReadOnlyList<DateTime> Dates,
    IReadOnlyList<double> Values,
    IReadOnlyDictionary<string, IReadOnlyList<double>>? Regressors = null,
    IReadOnlyList<Holiday>? Holidays = null);

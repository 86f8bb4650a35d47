namespace Solutions.PriceOptimization.Forecasting;

/// <summary>One cross-validation forecast, as a row of Prophet's <c>df_cv</c>.</summary>
/// <param name="Cutoff">The last date of the history the model was fitted on.</param>
/// <param name="Date">The forecast date.</param>
/// <param name="HorizonDays">Days from the cutoff to the date, rounded up.</param>
/// <param name="Actual">The observed y.</param>
/// <param name="Yhat">The forecast.</param>
/// <param name="YhatLower">Lower bound of the interval.</param>
/// <param name="YhatUpper">Upper bound of the interval.</param>
/// <param name="SeasonalNaiveMae">The in-sample MAE of the weekly seasonal naive forecast on the training window, which scales MASE.</param>
public sealed record CrossValidationPrediction(
    DateTime Cutoff,
    DateTime Date,
    int HorizonDays,
    double Actual,
    double Yhat,
    double YhatLower,
    double YhatUpper,
    double SeasonalNaiveMae);

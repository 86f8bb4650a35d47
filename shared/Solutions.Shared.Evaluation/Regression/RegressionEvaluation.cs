namespace Solutions.Shared.Evaluation.Regression;

/// <summary>Errors of a regression or forecast against the actual values.</summary>
/// <param name="Count">Rows evaluated.</param>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="Mape">
/// Mean absolute percentage error as a fraction (0.05 means 5%): mean of |actual − predicted| / |actual| over the
/// rows whose actual value is not 0. NaN when every actual value is 0.
/// </param>
/// <param name="MapeExcludedRows">Rows left out of <see cref="Mape"/> because their actual value is 0.</param>
/// <param name="RSquared">
/// Coefficient of determination, 1 − SS_res / SS_tot, as scikit-learn's <c>r2_score</c>: when the actual values
/// are all equal it is 1 for a perfect prediction and 0 otherwise; NaN with fewer than two rows.
/// </param>
/// <param name="Mase">
/// Mean absolute scaled error: <see cref="Mae"/> divided by the in-sample mean absolute error of the seasonal
/// naive forecast y_t − y_{t−m} on the training series. Below 1 beats the naive forecast. NaN when no training
/// series was given, it is not longer than the seasonal period, or its naive error is 0.
/// </param>
public sealed record RegressionEvaluation(
    int Count, double Mae, double Rmse, double Mape, int MapeExcludedRows, double RSquared, double Mase);

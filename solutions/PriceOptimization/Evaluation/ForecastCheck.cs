namespace Solutions.PriceOptimization.Evaluation;

/// <summary>
/// The causal model's volume forecast on the held-out days at the prices actually charged, against what sold.
/// </summary>
/// <param name="Dates">The held-out days.</param>
/// <param name="Actual">Units sold.</param>
/// <param name="Predicted">Baseline forecast × (price / base price)^elasticity.</param>
/// <param name="Lower">Lower end of the 80% interval.</param>
/// <param name="Upper">Upper end of the 80% interval.</param>
/// <param name="Mape">Mean absolute percentage error, a fraction.</param>
/// <param name="Mase">MAE over the in-sample MAE of the weekly seasonal naive forecast on the training volumes.</param>
/// <param name="Coverage">Fraction of actual volumes inside the interval.</param>
public sealed record ForecastCheck(
    IReadOnlyList<DateTime> Dates, IReadOnlyList<double> Actual, IReadOnlyList<double> Predicted,
    IReadOnlyList<double> Lower, IReadOnlyList<double> Upper, double Mape, double Mase, double Coverage);

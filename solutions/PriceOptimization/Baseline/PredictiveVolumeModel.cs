using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Baseline;

/// <summary>
/// The purely predictive alternative: the same forecaster (trend, seasons, holidays, the same regressors) on log
/// volume with log price as one more regressor, fitted on the confounded history, as one would forecast volume
/// "from price". Its regressors enter linearly, so the part of demand the policy reacted to that is not linear in
/// them (a hot weekend, a saturating campaign) is carried by the price coefficient instead: it predicts well at
/// the prices the historical policy would have set and errs more the further the price moves from them.
/// </summary>
public sealed class PredictiveVolumeModel
{
    private readonly FittedForecaster _model;

    private readonly double _basePrice;

    private PredictiveVolumeModel(FittedForecaster model, double basePrice)
    {
        _model = model;
        _basePrice = basePrice;
    }

    /// <param name="history">The days to fit.</param>
    /// <param name="days">Days it will be asked about (their holidays must be known at fit time).</param>
    /// <param name="options">Forecaster settings; Prophet's defaults when null.</param>
    public static PredictiveVolumeModel Fit(ProductHistory history, IReadOnlyList<DemandDrivers> days, ForecastOptions? options = null)
    {
        var drivers = history.Days.Select(DemandDrivers.Of).ToArray();
        var regressors = ForecastTerms.Regressors(drivers, history.BasePrice);
        regressors[ForecastTerms.LogPrice] = [.. history.Days.Select(d => Math.Log(d.Price))];
        var input = new ForecastInput(
            [.. history.Days.Select(d => d.Date.Date)],
            [.. history.Days.Select(d => Math.Log(d.Volume))],
            regressors,
            ForecastTerms.Holidays(drivers.Concat(days)));
        // Point predictions only: the comparison needs no intervals.
        return new PredictiveVolumeModel(
            ProphetForecaster.Fit(input, (options ?? new ForecastOptions()) with { UncertaintySamples = 0 }), history.BasePrice);
    }

    /// <summary>Predicted volume on each day at the matching price.</summary>
    public double[] Volumes(IReadOnlyList<DemandDrivers> days, IReadOnlyList<double> prices)
    {
        var regressors = ForecastTerms.Regressors(days, _basePrice);
        regressors[ForecastTerms.LogPrice] = [.. prices.Select(p => Math.Log(p))];
        return [.. _model.Predict([.. days.Select(d => d.Date)], regressors).Yhat.Select(Math.Exp)];
    }
}

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Fits Prophet's additive model (Taylor and Letham, 2017, "Forecasting at scale"): a piecewise-linear trend with
/// Laplace-prior rate changes, Fourier weekly and yearly seasonality, holidays and extra regressors, by MAP.
/// </summary>
public static class ProphetForecaster
{
    /// <summary>Fits the model to a history.</summary>
    /// <exception cref="ArgumentException">
    /// The input is malformed: fewer than two points, dates not strictly increasing, a non-finite value, a regressor
    /// of the wrong length or a holiday with a bad window. The message names the field and index.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static FittedForecaster Fit(ForecastInput input, ForecastOptions? options = null)
    {
        options ??= new ForecastOptions();
        options.Validate();
        ForecastInputValidation.RequireValidHistory(input);

        var design = ForecastDesign.Create(input, options);
        var y = input.Values.Select(v => v / design.YScale).ToArray();
        var start = InitialParameters(design, input.Dates, y);
        if (input.Values.All(v => v == input.Values[0]))
        {
            // Prophet skips the optimizer for a constant history: the line through the first and last points is
            // exact, and σ → 0 would make the posterior unbounded.
            return new FittedForecaster(design, options, start, 1e-9, new ForecastFitDiagnostics(0, true, double.NaN, 0));
        }

        var posterior = MapPosterior.Create(
            design.RowWriter(input.Dates, input.Regressors), y, design.PriorPrecision(options), design.LaplaceWeights(options));
        var result = new OrthantWiseNewton().Minimize(posterior.SmoothValue, posterior.Hessian, posterior.LaplaceWeights, start);
        var sigma = posterior.NoiseScale(result.Minimizer);
        return new FittedForecaster(
            design,
            options,
            result.Minimizer,
            sigma,
            new ForecastFitDiagnostics(result.Iterations, result.Converged, result.Value, sigma * design.YScale));
    }

    /// <summary>
    /// Prophet's <c>linear_growth_init</c>: the line through the first and last points, with every other
    /// parameter 0.
    /// </summary>
    private static double[] InitialParameters(ForecastDesign design, IReadOnlyList<DateTime> dates, double[] y)
    {
        var theta = new double[design.Width];
        var t0 = design.ScaledTime(dates[0]);
        var t1 = design.ScaledTime(dates[^1]);
        theta[0] = (y[^1] - y[0]) / (t1 - t0);
        theta[1] = y[0] - (theta[0] * t0);
        return theta;
    }
}

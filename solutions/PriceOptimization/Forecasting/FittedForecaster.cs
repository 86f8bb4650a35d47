namespace Solutions.PriceOptimization.Forecasting;

/// <summary>A fitted Prophet-style model: predicts y and its components for any dates.</summary>
public sealed class FittedForecaster
{
    private readonly ForecastOptions options;

    internal FittedForecaster(ForecastDesign design, ForecastOptions options, double[] parameters, double noiseScale, ForecastFitDiagnostics diagnostics)
    {
        Design = design;
        this.options = options;
        Parameters = parameters;
        NoiseScale = noiseScale;
        Diagnostics = diagnostics;
        RegressorCoefficients = design.Regressors
            .Select((r, i) => (r.Name, Coefficient: parameters[design.RegressorOffset + i] * design.YScale / r.Scale))
            .ToDictionary(p => p.Name, p => p.Coefficient);
        Changepoints = design.ChangepointTimes.Select(t => design.Start.AddDays(t * design.TimeScaleDays)).ToArray();
    }

    /// <summary>
    /// Each regressor's effect in units of y per unit of the regressor (the standardized coefficient times the y scale
    /// over the regressor's standard deviation), like Prophet's <c>regressor_coefficients</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> RegressorCoefficients { get; }

    /// <summary>The dates of the potential trend changepoints.</summary>
    public IReadOnlyList<DateTime> Changepoints { get; }

    public ForecastFitDiagnostics Diagnostics { get; }

    /// <summary>θ = [k, m, δ…, β…] on Prophet's scaled axes, laid out by <see cref="Design"/>.</summary>
    internal double[] Parameters { get; }

    internal ForecastDesign Design { get; }

    /// <summary>σ on the scaled axis (y / max |y|).</summary>
    internal double NoiseScale { get; }

    /// <summary>Predicts y, its uncertainty interval and its components for each date.</summary>
    /// <param name="dates">The dates to predict, in any order, inside or beyond the history.</param>
    /// <param name="regressors">The value of every fitted regressor on each date; null when none was fitted.</param>
    /// <exception cref="ArgumentException">No dates, or a regressor missing, of the wrong length or not finite.</exception>
    public Forecast Predict(IReadOnlyList<DateTime> dates, IReadOnlyDictionary<string, IReadOnlyList<double>>? regressors = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
        {
            throw new ArgumentException("No dates to predict; expected at least one.", nameof(dates));
        }

        ForecastInputValidation.RequireRegressors(regressors, dates.Count, nameof(regressors), RegressorCoefficients.Keys.ToArray());

        var rows = dates.Count;
        var width = Design.Width;
        var matrix = Design.BuildMatrix(dates, regressors);
        var times = new double[rows];
        var trend = new double[rows];
        var weekly = new double[rows];
        var yearly = new double[rows];
        var holidays = new double[rows];
        var effects = Design.Regressors.Select(_ => new double[rows]).ToArray();
        var yhat = new double[rows];
        var scale = Design.YScale;
        for (var i = 0; i < rows; i++)
        {
            var row = matrix.AsSpan(i * width, width);
            times[i] = row[0];
            trend[i] = scale * Dot(row[..Design.WeeklyOffset], Parameters.AsSpan(0, Design.WeeklyOffset));
            weekly[i] = scale * Block(row, Design.WeeklyOffset, Design.YearlyOffset);
            yearly[i] = scale * Block(row, Design.YearlyOffset, Design.HolidayOffset);
            holidays[i] = scale * Block(row, Design.HolidayOffset, Design.RegressorOffset);
            yhat[i] = trend[i] + weekly[i] + yearly[i] + holidays[i];
            for (var r = 0; r < effects.Length; r++)
            {
                effects[r][i] = scale * row[Design.RegressorOffset + r] * Parameters[Design.RegressorOffset + r];
                yhat[i] += effects[r][i];
            }
        }

        var (lower, upper) = ForecastIntervalSampler.Sample(this, times, yhat, options);
        return new Forecast(
            dates.ToArray(),
            yhat,
            lower,
            upper,
            trend,
            weekly,
            yearly,
            holidays,
            Design.Regressors.Select((r, i) => (r.Name, Effect: (IReadOnlyList<double>)effects[i])).ToDictionary(p => p.Name, p => p.Effect));
    }

    private double Block(ReadOnlySpan<double> row, int from, int to) => Dot(row[from..to], Parameters.AsSpan(from, to - from));

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Prophet's Fourier seasonality features: sin and cos of 2π·k·days/period for k = 1..order.</summary>
internal static class FourierTerms
{
    public const double WeeklyPeriod = 7;
    public const double YearlyPeriod = 365.25;

    /// <summary>Writes [sin(1), cos(1), …, sin(order), cos(order)] into <paramref name="destination"/>.</summary>
    public static void Fill(DateTime date, double period, int order, Span<double> destination)
    {
        // Days since the Unix epoch from whole seconds, as Prophet: the phase is fixed by the calendar, not by the
        // history's first date, so models fitted on different windows share their seasonal coefficients' meaning.
        var days = Math.Floor((date - DateTime.UnixEpoch).TotalSeconds) / 86400.0;
        var angle = 2 * Math.PI * days / period;
        for (var k = 0; k < order; k++)
        {
            var (sin, cos) = Math.SinCos(angle * (k + 1));
            destination[2 * k] = sin;
            destination[(2 * k) + 1] = cos;
        }
    }
}

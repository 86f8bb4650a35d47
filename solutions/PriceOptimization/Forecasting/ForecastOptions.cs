namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Settings of the Prophet-style forecaster. Every default is Prophet's own.</summary>
public sealed record ForecastOptions
{
    /// <summary>Potential trend changepoints, placed uniformly over the first <see cref="ChangepointRange"/> of the history.</summary>
    /// <value>The default value is 25.</value>
    public int Changepoints { get; init; } = 25;

    /// <summary>Fraction of the history, from its start, in which changepoints are placed.</summary>
    /// <value>The default value is 0.8.</value>
    public double ChangepointRange { get; init; } = 0.8;

    /// <summary>Scale τ of the Laplace prior on the trend's rate changes; smaller makes the trend stiffer.</summary>
    /// <value>The default value is 0.05.</value>
    public double ChangepointPriorScale { get; init; } = 0.05;

    /// <summary>
    /// Fourier order of the weekly seasonality; 0 turns it off. As Prophet's <c>'auto'</c>, it is also off when the
    /// history spans less than two weeks or its observations are a week or more apart.
    /// </summary>
    /// <value>The default value is 3.</value>
    public int WeeklyOrder { get; init; } = 3;

    /// <summary>
    /// Fourier order of the yearly seasonality (period 365.25 days); 0 turns it off. As Prophet's <c>'auto'</c>, it
    /// is also off when the history spans less than two years.
    /// </summary>
    /// <value>The default value is 10.</value>
    public int YearlyOrder { get; init; } = 10;

    /// <summary>Standard deviation of the Normal prior on the Fourier coefficients (y scaled by its largest |y|).</summary>
    /// <value>The default value is 10.</value>
    public double SeasonalityPriorScale { get; init; } = 10;

    /// <summary>Standard deviation of the Normal prior on each holiday-day effect (y scaled by its largest |y|).</summary>
    /// <value>The default value is 10.</value>
    public double HolidaysPriorScale { get; init; } = 10;

    /// <summary>Standard deviation of the Normal prior on each standardized regressor's coefficient.</summary>
    /// <value>The default value is 10.</value>
    public double RegressorPriorScale { get; init; } = 10;

    /// <summary>Probability mass of the uncertainty interval <c>[YhatLower, YhatUpper]</c>.</summary>
    /// <value>The default value is 0.8.</value>
    public double IntervalWidth { get; init; } = 0.8;

    /// <summary>Simulated futures behind the interval; 0 skips the simulation and leaves the bounds NaN.</summary>
    /// <value>The default value is 1000.</value>
    public int UncertaintySamples { get; init; } = 1000;

    /// <summary>Seed of the interval simulation: the same seed gives the same bounds.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;

    internal void Validate()
    {
        Require(Changepoints >= 0, nameof(Changepoints), Changepoints, "0 or more");
        Require(ChangepointRange is > 0 and <= 1, nameof(ChangepointRange), ChangepointRange, "in (0, 1]");
        RequirePositive(ChangepointPriorScale, nameof(ChangepointPriorScale));
        Require(WeeklyOrder >= 0, nameof(WeeklyOrder), WeeklyOrder, "0 or more");
        Require(YearlyOrder >= 0, nameof(YearlyOrder), YearlyOrder, "0 or more");
        RequirePositive(SeasonalityPriorScale, nameof(SeasonalityPriorScale));
        RequirePositive(HolidaysPriorScale, nameof(HolidaysPriorScale));
        RequirePositive(RegressorPriorScale, nameof(RegressorPriorScale));
        Require(IntervalWidth is > 0 and < 1, nameof(IntervalWidth), IntervalWidth, "in (0, 1)");
        Require(UncertaintySamples >= 0, nameof(UncertaintySamples), UncertaintySamples, "0 or more");
    }

    private static void RequirePositive(double value, string name) =>
        Require(double.IsFinite(value) && value > 0, name, value, "a finite number above 0");

    private static void Require(bool condition, string name, object value, string expected)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(
                $"{nameof(ForecastOptions)}.{name}", value, $"{nameof(ForecastOptions)}.{name} is {value}; expected {expected}.");
        }
    }
}

using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

/// <summary>
/// A daily series built from known Prophet components, so that a fit can be checked against the truth. Every
/// component lies in the model's span: the kink sits on a changepoint of the default grid, the seasonal waves are
/// first-order Fourier terms on Prophet's epoch-day phase, the holiday is a one-day bump.
/// </summary>
internal sealed record SyntheticSeries(
    ForecastInput Input,
    double[] Trend,
    double[] Weekly,
    double[] Yearly,
    double[] Holidays,
    double[] Regressor,
    double RegressorCoefficient,
    double NoiseStandardDeviation)
{
    public const string RegressorName = "discount";
    public const string HolidayName = "launch";
    public static readonly DateTime Start = new(2021, 1, 4);

    /// <summary>
    /// Trend 100 + 0.05/day, bending to −0.03/day at day 490 (row 490 = 35·14 is the 14th changepoint of the default
    /// grid for 1,096 rows: ⌊0.8·1096⌋ = 876, linspace(0, 875, 26) has step 35). Weekly 4·sin, yearly 8·sin,
    /// +25 on each 1 July, regressor coefficient 3 on a seeded N(5, 2) covariate, N(0, σ) noise.
    /// </summary>
    public static SyntheticSeries Create(int days = 1096, double noise = 1.5, int seed = 7, int kinkDay = 490)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, days).Select(d => Start.AddDays(d)).ToArray();
        var holidays = Enumerable.Range(Start.Year, (days / 365) + 2).Select(y => new Holiday(HolidayName, new DateTime(y, 7, 1))).ToArray();
        var trend = new double[days];
        var weekly = new double[days];
        var yearly = new double[days];
        var bumps = new double[days];
        var regressor = new double[days];
        var values = new double[days];
        const double coefficient = 3;
        for (var d = 0; d < days; d++)
        {
            var epochDays = (dates[d] - DateTime.UnixEpoch).TotalDays;
            trend[d] = 100 + (0.05 * d) - (d > kinkDay ? 0.08 * (d - kinkDay) : 0);
            weekly[d] = 4 * Math.Sin(2 * Math.PI * epochDays / 7);
            yearly[d] = 8 * Math.Sin(2 * Math.PI * epochDays / 365.25);
            bumps[d] = dates[d].Month == 7 && dates[d].Day == 1 ? 25 : 0;
            regressor[d] = 5 + (2 * Gaussian(random));
            values[d] = trend[d] + weekly[d] + yearly[d] + bumps[d] + (coefficient * regressor[d]) + (noise * Gaussian(random));
        }

        var input = new ForecastInput(dates, values, new Dictionary<string, IReadOnlyList<double>> { [RegressorName] = regressor }, holidays);
        return new SyntheticSeries(input, trend, weekly, yearly, bumps, regressor, coefficient, noise);
    }

    /// <summary>The first <paramref name="rows"/> observations, with every holiday kept.</summary>
    public ForecastInput Head(int rows) => new(
        Input.Dates.Take(rows).ToArray(),
        Input.Values.Take(rows).ToArray(),
        new Dictionary<string, IReadOnlyList<double>> { [RegressorName] = Regressor.Take(rows).ToArray() },
        Input.Holidays);

    /// <summary>The regressor on rows [from, to).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> RegressorRows(int from, int to) =>
        new Dictionary<string, IReadOnlyList<double>> { [RegressorName] = Regressor[from..to] };

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

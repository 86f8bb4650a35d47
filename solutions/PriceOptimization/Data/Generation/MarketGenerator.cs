namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>
/// Generates a daily market whose prices were set the way many businesses set them: up when demand is expected to
/// be high. Log volume is trend + weekly and yearly seasons + holidays + promotions + non-linear effects of
/// temperature (a hot-day surge, larger at weekends), the competitor's price and marketing + elasticity ×
/// log(price / base price) + noise. The historical price follows the same demand signal (plus cost pass-through,
/// promotion discounts and day-to-day noise such as price tests and local decisions), so regressing log volume on
/// log price alone mixes the price effect with the demand the price reacted to, and a forecaster with linear
/// regressors still does so for the part of that demand it cannot represent.
/// </summary>
public static class MarketGenerator
{
    private static readonly string[] Names = ["cola", "crisps", "coffee", "ice_cream", "juice", "cookies", "tea", "yogurt"];

    // Monday to Sunday, log scale: a weekend peak.
    private static readonly double[] Weekly = [-0.12, -0.10, -0.06, 0.0, 0.08, 0.16, 0.04];

    public static SimulatedMarket Generate(MarketOptions? options = null)
    {
        options ??= new MarketOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Products);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Days, 30);
        ArgumentOutOfRangeException.ThrowIfNegative(options.FutureDays);

        var random = new GaussianSource(options.Seed);
        var truths = Enumerable.Range(0, options.Products).Select(i => DrawTruth(i, options, random)).ToArray();
        var total = options.Days + options.FutureDays;
        var temperature = Temperatures(options.Start, total, random);
        var days = truths.ToDictionary(
            t => t.Product, t => (IReadOnlyList<MarketDay>)SimulateProduct(t, options, temperature, random), StringComparer.OrdinalIgnoreCase);
        return new SimulatedMarket(options, truths, days);
    }

    private static ProductTruth DrawTruth(int index, MarketOptions options, GaussianSource random)
    {
        var basePrice = Math.Round(random.Uniform(4, 30), 2);
        return new ProductTruth(
            index < Names.Length ? Names[index] : $"product_{index + 1}",
            Elasticity: Math.Round(random.Uniform(options.ElasticityLow, options.ElasticityHigh), 3),
            BasePrice: basePrice,
            BaseVolume: random.Uniform(80, 400),
            TrendPerYear: random.Uniform(-0.05, 0.15),
            YearlyAmplitude: random.Uniform(0.1, 0.3),
            YearlyPhase: random.Uniform(0, 2 * Math.PI),
            TemperatureSensitivity: random.Uniform(0.08, 0.25),
            UnitCost: Math.Round(basePrice * random.Uniform(0.4, 0.6), 2));
    }

    /// <summary>One temperature series shared by every product: a yearly cycle plus persistent weather.</summary>
    private static double[] Temperatures(DateTime start, int days, GaussianSource random)
    {
        var values = new double[days];
        var weather = 0.0;
        for (var t = 0; t < days; t++)
        {
            weather = 0.7 * weather + random.Normal(2.5);
            var dayOfYear = start.AddDays(t).DayOfYear;
            values[t] = Math.Round(14 + 11 * Math.Sin(2 * Math.PI * (dayOfYear - 110) / 365.25) + weather, 1);
        }
        return values;
    }

    private static MarketDay[] SimulateProduct(ProductTruth truth, MarketOptions options, double[] temperature, GaussianSource random)
    {
        var days = new MarketDay[temperature.Length];
        double competitor = 0, costDrift = 0;
        int promotionLeft = 0, campaignLeft = 0;
        double campaign = 0;
        for (var t = 0; t < days.Length; t++)
        {
            var date = options.Start.AddDays(t);
            competitor = 0.97 * competitor + random.Normal(0.015);
            costDrift = Math.Clamp(costDrift + random.Normal(0.004), -0.25, 0.25);
            if (promotionLeft == 0 && random.Chance(1.0 / 40))
            {
                promotionLeft = random.Between(3, 6);
            }
            if (campaignLeft == 0 && random.Chance(1.0 / 45))
            {
                campaignLeft = random.Between(7, 21);
                campaign = random.Uniform(0.5, 2);
            }
            var promotion = promotionLeft > 0;
            var marketing = campaignLeft > 0 ? campaign : 0;
            promotionLeft = Math.Max(0, promotionLeft - 1);
            campaignLeft = Math.Max(0, campaignLeft - 1);
            var holiday = HolidayCalendar.IsHoliday(date);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

            // The demand a manager can anticipate; the price policy reacts to it. Its covariate effects are
            // non-linear as real ones are: demand takes off on hot days (a soft hinge above about 20 °C), more so
            // at weekends, and competitor and marketing effects saturate. A forecaster with linear additive
            // regressors cannot represent the hot-weekend surge, so when prices rose with it, its price
            // coefficient takes the credit; a flexible DML nuisance learner can.
            var signal = Weekly[((int)date.DayOfWeek + 6) % 7]
                + truth.YearlyAmplitude * Math.Sin(2 * Math.PI * date.DayOfYear / 365.25 + truth.YearlyPhase)
                + (holiday ? 0.4 : 0)
                + truth.TemperatureSensitivity * SoftHinge((temperature[t] - 20) / 3) * (weekend ? 1.5 : 1)
                + 0.5 * Math.Tanh(2 * competitor)
                + 0.3 * Math.Log(1 + marketing) / Math.Log(3);
            var logDemand = Math.Log(truth.BaseVolume) + truth.TrendPerYear * t / 365.25 + signal + (promotion ? 0.25 : 0);

            var logPrice = Math.Log(truth.BasePrice) + options.PolicyStrength * signal + 0.5 * costDrift
                + (promotion ? Math.Log(0.8) : 0) + random.Normal(options.PriceNoise);
            var price = Math.Round(Math.Exp(logPrice), 2);
            var volume = Math.Exp(logDemand + truth.Elasticity * Math.Log(price / truth.BasePrice) + random.Normal(options.DemandNoise));
            days[t] = new MarketDay(logDemand, new PriceObservation
            {
                Date = date,
                Product = truth.Product,
                Price = price,
                Volume = Math.Max(1, Math.Round(volume)),
                UnitCost = Math.Round(truth.UnitCost * Math.Exp(costDrift), 2),
                Temperature = temperature[t],
                CompetitorPrice = Math.Round(truth.BasePrice * Math.Exp(competitor), 2),
                Marketing = Math.Round(marketing, 3),
                Promotion = promotion,
                Holiday = holiday,
            });
        }
        return days;
    }

    /// <summary>log(1 + eˣ): zero far below the threshold, linear far above it, smooth in between.</summary>
    private static double SoftHinge(double x) => x > 30 ? x : Math.Log(1 + Math.Exp(x));
}

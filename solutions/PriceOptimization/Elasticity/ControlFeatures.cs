using Solutions.PriceOptimization.Data;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// X of the partially linear model: every observed driver of demand that the price may have followed — calendar
/// (time, day of week, season, holiday), promotion and the covariates — plus the product when pooled. Unit cost
/// is left out on purpose: it moves the price but not demand, so it is variation that identifies the elasticity.
/// </summary>
public static class ControlFeatures
{
    public static IReadOnlyList<string> Names(bool withProduct) =>
    [
        .. withProduct ? new[] { "product" } : [],
        "days_since_start", "day_of_week", "day_of_year", "season_sin", "season_cos",
        "holiday", "promotion", "temperature", "log_competitor_price_ratio", "marketing",
    ];

    /// <summary>One feature row per day of <paramref name="product"/>.</summary>
    /// <param name="product">The product's history.</param>
    /// <param name="productIndex">Its index among the pooled products, or null when not pooled.</param>
    /// <param name="origin">Day zero of the time feature, shared by all pooled products.</param>
    public static float[][] Build(ProductHistory product, int? productIndex, DateTime origin)
    {
        var basePrice = product.BasePrice;
        return [.. product.Days.Select(day =>
        {
            var angle = 2 * Math.PI * day.Date.DayOfYear / 365.25;
            float[] calendar =
            [
                (float)(day.Date - origin).TotalDays, ((int)day.Date.DayOfWeek + 6) % 7, day.Date.DayOfYear,
                (float)Math.Sin(angle), (float)Math.Cos(angle),
                day.Holiday ? 1 : 0, day.Promotion ? 1 : 0, (float)day.Temperature,
                (float)Math.Log(day.CompetitorPrice / basePrice), (float)day.Marketing,
            ];
            return productIndex is { } index ? [index, .. calendar] : calendar;
        })];
    }

    /// <summary>The value of a heterogeneity covariate on one day, by its CSV column name.</summary>
    /// <exception cref="ArgumentException">Not one of the covariate columns.</exception>
    public static double Covariate(PriceObservation day, string column) => column.Trim().ToLowerInvariant() switch
    {
        "temperature" => day.Temperature,
        "competitor_price" => day.CompetitorPrice,
        "marketing" => day.Marketing,
        _ => throw new ArgumentException(
            $"'{column}' is not a covariate the elasticity can vary by; use temperature, competitor_price or marketing.", nameof(column)),
    };
}

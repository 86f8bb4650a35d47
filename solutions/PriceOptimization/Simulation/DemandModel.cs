namespace Solutions.PriceOptimization.Simulation;

/// <summary>
/// One product's causal demand model: volume at price p on day t = baseline(t) × (p / base price)^elasticity,
/// where baseline(t) is the forecast volume at the base price and the elasticity comes from double ML.
/// </summary>
/// <param name="Product">The product.</param>
/// <param name="Elasticity">The causal price elasticity.</param>
/// <param name="BasePrice">The price the baseline is stated at (the median historical price).</param>
/// <param name="UnitCost">The latest unit cost.</param>
/// <param name="MinPrice">Lowest historical price: the default grid stays where the data speak.</param>
/// <param name="MaxPrice">Highest historical price.</param>
/// <param name="Baseline">Forecast baseline per day, consecutive days.</param>
public sealed record DemandModel(
    string Product, double Elasticity, double BasePrice, double UnitCost, double MinPrice, double MaxPrice,
    IReadOnlyList<DailyBaseline> Baseline)
{
    public DateTime FirstDate => Baseline[0].Date;

    public DateTime LastDate => Baseline[^1].Date;

    /// <exception cref="ArgumentException">The date has no baseline forecast.</exception>
    public DailyBaseline BaselineOn(DateTime date)
    {
        var index = (int)(date.Date - FirstDate).TotalDays;
        return index >= 0 && index < Baseline.Count
            ? Baseline[index]
            : throw new ArgumentException(
                $"no forecast for '{Product}' on {date:yyyy-MM-dd}: the model covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}", nameof(date));
    }

    /// <exception cref="ArgumentException">The date has no baseline forecast, or the price is not positive.</exception>
    public double ExpectedVolume(DateTime date, double price)
    {
        if (!(price > 0) || !double.IsFinite(price))
        {
            throw new ArgumentException($"price {price} is not a positive number", nameof(price));
        }
        return BaselineOn(date).Volume * Math.Pow(price / BasePrice, Elasticity);
    }
}

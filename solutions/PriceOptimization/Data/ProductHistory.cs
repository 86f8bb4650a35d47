namespace Solutions.PriceOptimization.Data;

/// <summary>One product's consecutive daily observations, oldest first.</summary>
public sealed record ProductHistory(string Product, IReadOnlyList<PriceObservation> Days)
{
    public DateTime Start => Days[0].Date;

    public DateTime End => Days[^1].Date;

    /// <summary>The reference price elasticities and forecasts are stated at: the median historical price.</summary>
    public double BasePrice => Median(Days.Select(d => d.Price));

    /// <summary>The latest unit cost, used to price the next days.</summary>
    public double LatestUnitCost => Days[^1].UnitCost;

    public double MinPrice => Days.Min(d => d.Price);

    public double MaxPrice => Days.Max(d => d.Price);

    /// <summary>The first <paramref name="count"/> days (a training window).</summary>
    public ProductHistory Take(int count) => this with { Days = Days.Take(count).ToArray() };

    /// <summary>The days after the first <paramref name="count"/> (a holdout window).</summary>
    public ProductHistory Skip(int count) => this with { Days = Days.Skip(count).ToArray() };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

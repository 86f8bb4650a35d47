namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>
/// A generated market with its hidden truth: the history a business would have recorded, the days that follow it,
/// and the true demand curve, which says what any price would have sold on any of those days.
/// </summary>
public sealed class SimulatedMarket
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<DateTime, MarketDay>> _days;

    internal SimulatedMarket(
        MarketOptions options, IReadOnlyList<ProductTruth> truths, IReadOnlyDictionary<string, IReadOnlyList<MarketDay>> days)
    {
        Options = options;
        Truths = truths;
        _days = days.ToDictionary(
            p => p.Key, p => (IReadOnlyDictionary<DateTime, MarketDay>)p.Value.ToDictionary(d => d.Observation.Date), StringComparer.OrdinalIgnoreCase);
        History = new PriceHistory("generated history",
            [.. truths.Select(t => new ProductHistory(t.Product, [.. days[t.Product].Take(options.Days).Select(d => d.Observation)]))]);
        Future = new PriceHistory("generated future",
            [.. truths.Select(t => new ProductHistory(t.Product, [.. days[t.Product].Skip(options.Days).Select(d => d.Observation)]))]);
    }

    public MarketOptions Options { get; }

    public IReadOnlyList<ProductTruth> Truths { get; }

    /// <summary>The recorded history, prices set by the confounded historical policy.</summary>
    public PriceHistory History { get; }

    /// <summary>The <see cref="MarketOptions.FutureDays"/> days after the history, under the same policy.</summary>
    public PriceHistory Future { get; }

    public ProductTruth Truth(string product) =>
        Truths.FirstOrDefault(t => string.Equals(t.Product, product, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"the simulated market has no product '{product}'", nameof(product));

    /// <summary>
    /// The true volume <paramref name="product"/> would have sold on <paramref name="date"/> at
    /// <paramref name="price"/>, without demand noise (the median of the day's volume distribution).
    /// </summary>
    /// <exception cref="ArgumentException">The product or date is not in the simulated span.</exception>
    public double TrueVolume(string product, DateTime date, double price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        var truth = Truth(product);
        if (!_days[truth.Product].TryGetValue(date.Date, out var day))
        {
            throw new ArgumentException($"{date:yyyy-MM-dd} is outside the simulated span of '{product}'", nameof(date));
        }
        return Math.Exp(day.LogDemandAtBasePrice + truth.Elasticity * Math.Log(price / truth.BasePrice));
    }
}

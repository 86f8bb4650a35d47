namespace Solutions.PriceOptimization.Simulation;

/// <summary>What a price is chosen to maximize, from the price, the expected volume and the unit cost.</summary>
/// <example><code>
/// // Profit, but a unit sold is worth 0.50 more for the loyalty it builds:
/// var objective = PriceObjective.Custom("profit_plus_loyalty", (price, volume, cost) => (price - cost + 0.5) * volume);
/// </code></example>
public sealed class PriceObjective
{
    private readonly Func<double, double, double, double> _value;

    private PriceObjective(string name, Func<double, double, double, double> value)
    {
        Name = name;
        _value = value;
    }

    /// <summary>Price × volume.</summary>
    public static PriceObjective Revenue { get; } = new("revenue", (price, volume, _) => price * volume);

    /// <summary>(Price − unit cost) × volume.</summary>
    public static PriceObjective Profit { get; } = new("profit", (price, volume, cost) => (price - cost) * volume);

    public string Name { get; }

    /// <param name="name">How reports and responses call it.</param>
    /// <param name="value">(price, expected volume, unit cost) → the value to maximize.</param>
    public static PriceObjective Custom(string name, Func<double, double, double, double> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        return new PriceObjective(name, value);
    }

    /// <summary><c>revenue</c> or <c>profit</c>.</summary>
    /// <exception cref="ArgumentException">Another name.</exception>
    public static PriceObjective Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "revenue" => Revenue,
        "profit" => Profit,
        _ => throw new ArgumentException($"unknown objective '{name}': expected 'revenue' or 'profit'", nameof(name)),
    };

    public double Evaluate(double price, double volume, double unitCost) => _value(price, volume, unitCost);

    public override string ToString() => Name;
}

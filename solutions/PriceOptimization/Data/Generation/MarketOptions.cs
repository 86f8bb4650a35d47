namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>The shape of a simulated market: how many products, how long, how noisy, how confounded.</summary>
public sealed record MarketOptions
{
    /// <value>The default value is 4.</value>
    public int Products { get; init; } = 4;

    /// <summary>Days of history.</summary>
    /// <value>The default value is 1,095 (three years).</value>
    public int Days { get; init; } = 1095;

    /// <summary>Days simulated after the history, for judging forecasts against what really happened.</summary>
    /// <value>The default value is 28.</value>
    public int FutureDays { get; init; } = 28;

    /// <value>The default value is 2022-01-01.</value>
    public DateTime Start { get; init; } = new(2022, 1, 1);

    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>Lowest true elasticity drawn.</summary>
    /// <value>The default value is -2.5.</value>
    public double ElasticityLow { get; init; } = -2.5;

    /// <summary>Highest true elasticity drawn.</summary>
    /// <value>The default value is -0.8.</value>
    public double ElasticityHigh { get; init; } = -0.8;

    /// <summary>How strongly the historical price follows demand: log-price change per unit of log-demand signal.</summary>
    /// <value>The default value is 0.5; 0 sets prices without regard to demand (no confounding).</value>
    public double PolicyStrength { get; init; } = 0.5;

    /// <summary>Standard deviation of the price's own day-to-day noise (log scale), the variation that identifies the elasticity.</summary>
    /// <value>The default value is 0.12 (day-to-day price tests and local decisions).</value>
    public double PriceNoise { get; init; } = 0.12;

    /// <summary>Standard deviation of the demand noise (log scale).</summary>
    /// <value>The default value is 0.1.</value>
    public double DemandNoise { get; init; } = 0.1;
}

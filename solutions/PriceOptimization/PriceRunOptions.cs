using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Forecasting;
using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Data.IO;

namespace Solutions.PriceOptimization;

/// <summary>What a price optimization run reads, where it writes, and its knobs.</summary>
/// <param name="DataPath">The price history CSV; generated there first when it is the default path and missing.</param>
/// <param name="OutputFolder">Receives metrics.json, report.md, the charts and model/.</param>
/// <param name="Seed">Seed of the generated data, the folds, the learners and the forecast intervals.</param>
public sealed record PriceRunOptions(string DataPath, string OutputFolder, int Seed = 42)
{
    public const string SolutionName = "PriceOptimization";

    /// <summary>The data file's name, also looked for when <c>--data</c> names a folder.</summary>
    public const string DataFileName = "price_history.csv";

    public static string DefaultDataPath => RepositoryRoot.Resolve("artifacts", "price", "data", DataFileName);

    public static string DefaultOutputFolder => RepositoryRoot.Resolve("artifacts", "price");

    /// <summary>Last days of each product held out to test the forecasts.</summary>
    /// <value>The default value is 28.</value>
    public int HoldoutDays { get; init; } = 28;

    /// <summary>Days after the history the bundled model can price.</summary>
    /// <value>The default value is 28.</value>
    public int HorizonDays { get; init; } = 28;

    /// <summary>The market generated when the data file is missing.</summary>
    public int GeneratedProducts { get; init; } = 4;

    public int GeneratedDays { get; init; } = 1095;

    public DmlOptions Dml { get; init; } = new();

    public ForecastOptions Forecast { get; init; } = new();

    /// <value>The default is <see cref="PriceObjective.Revenue"/>.</value>
    public PriceObjective Objective { get; init; } = PriceObjective.Revenue;

    /// <summary>Prices relative to the historical policy's at which the causal and predictive models are compared.</summary>
    public IReadOnlyList<double> PriceMultipliers { get; init; } = [0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.05, 1.1, 1.2, 1.3, 1.4];

    public string ModelFolder => Path.Combine(OutputFolder, "model");
}

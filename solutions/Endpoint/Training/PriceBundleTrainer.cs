using Solutions.PriceOptimization;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Reporting;
using Solutions.PriceOptimization.Serving;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>
/// Trains the demand models as the price solution's <c>run</c> command does (double ML elasticities, baseline
/// forecasts, the next days' curves) and saves the bundle, without the report and charts.
/// </summary>
/// <param name="dataPath">The price history; default <c>data/price_history.csv</c> beside the bundle folder, generated when missing.</param>
/// <param name="products">Products of the market generated when the data file is missing; default 4, as <c>run</c>.</param>
/// <param name="days">Days of that market; default 1,095, as <c>run</c>.</param>
/// <param name="dml">The double ML settings; null for <c>run</c>'s defaults (fewer repetitions and trees train faster).</param>
public sealed class PriceBundleTrainer(string? dataPath = null, int products = 4, int days = 1095, DmlOptions? dml = null) : IBundleTrainer
{
    public string Solution => PriceRunOptions.SolutionName;

    public void Train(string bundleFolder, int seed, IProgressDisplay progress)
    {
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(bundleFolder))!;
        var defaults = new PriceRunOptions(dataPath ?? Path.Combine(outputFolder, "data", PriceRunOptions.DataFileName), outputFolder, seed);
        var options = defaults with { GeneratedProducts = products, GeneratedDays = days, Dml = dml ?? defaults.Dml };
        var result = PriceRun.Execute(options, progress);
        var metrics = PriceMetrics.From(result, seed);
        progress.Step($"Saving the price bundle to {bundleFolder}", () => PriceBundle.Save(
            bundleFolder, [.. result.Products.Select(p => p.Model)], options.DataPath, metrics.ForManifest(),
            $"DML ({options.Dml.Learner}) + Prophet-style forecaster"));
    }
}

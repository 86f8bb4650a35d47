using System.Diagnostics;
using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Evaluation;
using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PriceOptimization;

/// <summary>A finished run: per product outcomes, the causal-versus-predictive comparison, timings.</summary>
/// <param name="History">The loaded history.</param>
/// <param name="Market">The simulated market behind it, when the data were generated (null for real data).</param>
/// <param name="Products">One outcome per product.</param>
/// <param name="Counterfactual">Errors per product and price multiplier; empty without a simulated market.</param>
/// <param name="DmlSeconds">Wall time of double ML on all products.</param>
/// <param name="ForecastSecondsPerSeries">Mean wall time of one forecaster fit.</param>
public sealed record PriceRunResult(
    PriceHistory History, SimulatedMarket? Market, IReadOnlyList<ProductOutcome> Products,
    IReadOnlyList<CounterfactualError> Counterfactual, double DmlSeconds, double ForecastSecondsPerSeries);

/// <summary>
/// The solution end to end, as a story: load (or generate) the history, hold out the last weeks, estimate each
/// product's elasticity by double ML, forecast the baseline volume, check the forecast on the held-out weeks (and,
/// on simulated data, check the causal model against a purely predictive one away from the historical prices),
/// refit on the whole history and recommend the next day's price. Writing the report and bundle is the caller's.
/// </summary>
public static class PriceRun
{
    public static PriceRunResult Execute(PriceRunOptions options, IProgressDisplay? progress = null)
    {
        progress ??= new PlainProgressDisplay(TextWriter.Null);
        var (history, market) = progress.Step("Loading the price history", () => Load(options));
        var shortest = history.Products.Min(p => p.Days.Count);
        if (shortest - options.HoldoutDays < PriceHistoryLoader.MinimumDays)
        {
            throw new InvalidOperationException(
                $"{history.Source}: {shortest} days per product leave too few to fit after holding out {options.HoldoutDays}.");
        }
        var training = new PriceHistory(history.Source, [.. history.Products.Select(p => p.Take(p.Days.Count - options.HoldoutDays))]);

        var clock = Stopwatch.StartNew();
        var estimates = progress.Step("Estimating price elasticities by double machine learning", fraction =>
            DoubleMachineLearning.Estimate(training, options.Dml with { Seed = options.Seed }, fraction));
        var dmlSeconds = clock.Elapsed.TotalSeconds;

        var forecastOptions = options.Forecast with { Seed = options.Seed };
        var fits = 0;
        var forecastClock = new Stopwatch();
        var outcomes = new List<ProductOutcome>();
        var counterfactual = new List<CounterfactualError>();
        progress.Step("Forecasting, checking on held-out days and recommending prices", fraction =>
        {
            for (var i = 0; i < history.Products.Count; i++)
            {
                var product = history.Products[i];
                var estimate = estimates.Single(e => e.Product == product.Product);
                var train = training[product.Product];
                var holdout = product.Skip(train.Days.Count);
                var holdoutDrivers = holdout.Days.Select(DemandDrivers.Of).ToArray();

                forecastClock.Start();
                var checkedForecast = BaselineForecaster.Fit(train, estimate.Elasticity, holdoutDrivers, forecastOptions);
                forecastClock.Stop();
                fits++;
                var check = ForecastChecker.Check(checkedForecast, train, holdout);
                if (market is not null)
                {
                    var predictive = PredictiveVolumeModel.Fit(train, holdoutDrivers, forecastOptions);
                    counterfactual.AddRange(CounterfactualComparison.Measure(
                        market, product.Product, train, checkedForecast, predictive, options.PriceMultipliers));
                }

                var horizon = DriverProjection.Project(product, options.HorizonDays);
                forecastClock.Start();
                var final = BaselineForecaster.Fit(product, estimate.Elasticity, horizon, forecastOptions);
                forecastClock.Stop();
                fits++;
                var model = final.ToDemandModel(product.LatestUnitCost, product.MinPrice, product.MaxPrice);
                var recommendation = PriceRecommender.Recommend(model, model.FirstDate, options.Objective);
                outcomes.Add(new ProductOutcome(
                    product.Product, market?.Truth(product.Product).Elasticity ?? double.NaN, estimate,
                    checkedForecast, check, model, recommendation));
                fraction.Report((i + 1.0) / history.Products.Count);
            }
        });
        return new PriceRunResult(history, market, outcomes, counterfactual, dmlSeconds, forecastClock.Elapsed.TotalSeconds / fits);
    }

    /// <summary>Loads the history, generating it first when the default data file is missing.</summary>
    private static (PriceHistory History, SimulatedMarket? Market) Load(PriceRunOptions options)
    {
        if (!File.Exists(options.DataPath))
        {
            var market = MarketGenerator.Generate(new MarketOptions
            {
                Seed = options.Seed,
                Products = options.GeneratedProducts,
                Days = options.GeneratedDays,
            });
            GeneratedMarketFiles.Write(market, options.DataPath);
        }
        var history = PriceHistoryLoader.Load(options.DataPath);
        return (history, GeneratedMarketFiles.TryReadMarket(options.DataPath, history));
    }
}

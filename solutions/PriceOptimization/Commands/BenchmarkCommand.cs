using System.Diagnostics;
using Solutions.PriceOptimization.Baseline;
using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;
using Solutions.PriceOptimization.Evaluation;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PriceOptimization.Commands;

/// <summary>
/// <c>benchmark [--datasets N] [--seed N]</c>: forecaster fit time per series, DML time on all products of the
/// default market, and how often the 95% interval covers the true elasticity over N generated markets.
/// </summary>
public sealed class BenchmarkCommand : ISolutionCommand
{
    public string Name => "benchmark";

    public string Summary => "measure forecaster and DML fit times and the DML interval's coverage over generated markets (run with -c Release)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("datasets", "N", "generated markets for the coverage check (default: 50)"),
        CommandOption.Seed,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var datasets = arguments.GetInt("datasets", 50);
        if (datasets < 1)
        {
            throw new CommandLineException("'benchmark': --datasets must be at least 1.");
        }
        var market = MarketGenerator.Generate(new MarketOptions { Seed = arguments.Seed });
        var dml = new DmlOptions { Seed = arguments.Seed };

        // Warm up once so JIT and native library loading are not counted.
        var first = market.History.Products[0];
        BaselineForecaster.Fit(first, -1.5, DriverProjection.Project(first, 28));
        var clock = Stopwatch.StartNew();
        foreach (var product in market.History.Products)
        {
            BaselineForecaster.Fit(product, -1.5, DriverProjection.Project(product, 28));
        }
        var forecastMs = clock.Elapsed.TotalMilliseconds / market.History.Products.Count;
        Console.WriteLine($"Forecaster: {forecastMs:0} ms per series ({first.Days.Count} days, 4 regressors, holidays, 1,000 interval samples)");

        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var estimates = DoubleMachineLearning.Estimate(market.History, dml);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"DML: {clock.Elapsed.TotalSeconds:0.0} s wall, {cpuSeconds:0.0} s CPU for {estimates.Count} products ({market.History.Rows:N0} rows, " +
            $"{dml.Folds} folds x {dml.Repetitions} repetitions, {dml.Learner})");
        foreach (var e in estimates)
        {
            Console.WriteLine($"  {e.Product}: true {market.Truth(e.Product).Elasticity:0.000}, DML {e.Elasticity:0.000} [{e.CiLow:0.000}, {e.CiHigh:0.000}], naive {e.Naive.Elasticity:0.000} " +
                $"(SE {e.StandardError:0.000}; learners: volume {e.OutcomeLearner}, price {e.PriceLearner})");
        }

        clock.Restart();
        var study = CoverageStudy.Run(datasets, arguments.Seed, new MarketOptions(), dml);
        Console.WriteLine($"Coverage over {study.Datasets} markets ({study.Intervals} intervals): {study.Coverage:P1} of 95% intervals hold the truth; " +
            $"mean bias {study.MeanBias:+0.000;-0.000}, mean |error| DML {study.MeanAbsErrorDml:0.000}, naive {study.MeanAbsErrorNaive:0.000} ({clock.Elapsed.TotalSeconds:0} s)");
        return Task.FromResult(0);
    }
}

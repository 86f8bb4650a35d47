using Solutions.PriceOptimization.Reporting;
using Solutions.PriceOptimization.Serving;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PriceOptimization.Commands;

/// <summary><c>run [--data FILE|DIR] [--out DIR] [--seed N]</c>: generate if needed, estimate, forecast, simulate, report, bundle.</summary>
public sealed class RunCommand : ISolutionCommand
{
    public const string MetricsFile = "metrics.json";
    public const string ReportFile = "report.md";

    public string Name => "run";

    public string Summary => "estimate elasticities, forecast, recommend prices; write metrics.json, report.md, charts and model/";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("artifacts/price/data/price_history.csv, generated when missing"),
        CommandOption.Out("artifacts/price/"),
        CommandOption.Seed,
        new("objective", "NAME", "revenue (default) or profit"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var options = new PriceRunOptions(
            arguments.Get("data") is null ? PriceRunOptions.DefaultDataPath : arguments.GetInputFile("data", PriceRunOptions.DataFileName, () => PriceRunOptions.DefaultDataPath),
            arguments.GetPath("out", () => PriceRunOptions.DefaultOutputFolder),
            arguments.Seed)
        {
            Objective = ObjectiveOption.Parse(arguments),
        };
        var progress = ProgressDisplay.ForConsole();
        var result = PriceRun.Execute(options, progress);
        var metrics = PriceMetrics.From(result, options.Seed);
        var manifest = progress.Step("Saving the model bundle", () => PriceBundle.Save(
            options.ModelFolder, [.. result.Products.Select(p => p.Model)], options.DataPath, metrics.ForManifest(),
            $"DML ({options.Dml.Learner}) + Prophet-style forecaster"));
        progress.Step("Writing metrics, charts and report", () =>
        {
            PriceCharts.WriteAll(options.OutputFolder, result);
            MetricsJson.Write(Path.Combine(options.OutputFolder, MetricsFile), metrics);
            PriceReport.Build(result, metrics, options.DataPath).Save(Path.Combine(options.OutputFolder, ReportFile));
        });

        Console.WriteLine();
        foreach (var p in metrics.PerProduct)
        {
            Console.WriteLine($"{p.Product}: elasticity DML {p.ElasticityDml:0.000} [{p.ElasticityCiLow:0.000}, {p.ElasticityCiHigh:0.000}], naive {p.ElasticityNaive:0.000}" +
                (double.IsFinite(p.ElasticityTrue) ? $", true {p.ElasticityTrue:0.000}" : "") +
                $"; forecast MAPE {p.ForecastMape:P1}, MASE {p.ForecastMase:0.00}; {p.RecommendationDate:yyyy-MM-dd}: price {p.RecommendedPrice:0.00} sells {p.ExpectedVolume:0} ({p.Objective} {p.ObjectiveValue:N0})");
        }
        Console.WriteLine($"Report: {Path.Combine(options.OutputFolder, ReportFile)}");
        Console.WriteLine($"Model bundle: {options.ModelFolder} (version {manifest.ModelVersion})");
        return Task.FromResult(0);
    }
}

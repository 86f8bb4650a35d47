using Solutions.PriceOptimization.Data.Generation;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PriceOptimization.Commands;

/// <summary><c>generate [--out FILE] [--seed N] [--products N] [--days N]</c>: writes a simulated price history and its ground truth.</summary>
public sealed class GenerateCommand : ISolutionCommand
{
    public string Name => "generate";

    public string Summary => "write a simulated, confounded daily price history (and ground_truth.json beside it)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("out", "FILE", "CSV to write (default: artifacts/price/data/price_history.csv)"),
        CommandOption.Seed,
        new("products", "N", "products (default: 4)"),
        new("days", "N", "days of history (default: 1095)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var path = arguments.GetPath("out", () => PriceRunOptions.DefaultDataPath);
        var options = new MarketOptions { Seed = arguments.Seed, Products = arguments.GetInt("products", 4), Days = arguments.GetInt("days", 1095) };
        if (options.Products < 1 || options.Days < 150)
        {
            throw new CommandLineException("'generate': --products must be at least 1 and --days at least 150.");
        }
        var market = MarketGenerator.Generate(options);
        GeneratedMarketFiles.Write(market, path);
        Console.WriteLine($"Wrote {market.History.Rows:N0} rows to {path} (true elasticities: " +
            $"{string.Join(", ", market.Truths.Select(t => $"{t.Product} {t.Elasticity:0.000}"))}).");
        return Task.FromResult(0);
    }
}

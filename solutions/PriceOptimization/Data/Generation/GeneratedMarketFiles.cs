using System.Text.Json;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Reporting.Metrics;

namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>
/// Writes a simulated market as a history CSV plus <c>ground_truth.json</c> beside it (the options that generate
/// it again and each product's true elasticity), and finds the truth again for a history that has it.
/// </summary>
public static class GeneratedMarketFiles
{
    public const string GroundTruthFileName = "ground_truth.json";

    /// <summary>Writes the history to <paramref name="csvPath"/> and the truth beside it.</summary>
    public static void Write(SimulatedMarket market, string csvPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(csvPath))!;
        Directory.CreateDirectory(folder);
        CsvWriter.Write(csvPath, market.History.All);
        AtomicFile.WriteAllText(Path.Combine(folder, GroundTruthFileName),
            JsonSerializer.Serialize(new GroundTruth(market.Options, market.Truths), MetricsJson.Options));
    }

    /// <summary>
    /// The market behind <paramref name="history"/> when a ground truth file sits beside the CSV and regenerates
    /// exactly the loaded history; null otherwise (a user's own data, or a file that was edited).
    /// </summary>
    public static SimulatedMarket? TryReadMarket(string csvPath, PriceHistory history)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csvPath))!, GroundTruthFileName);
        if (!File.Exists(path))
        {
            return null;
        }
        var truth = MetricsJson.Deserialize<GroundTruth>(File.ReadAllText(path), path);
        var market = MarketGenerator.Generate(truth.Options);
        return Matches(market.History, history) ? market : null;
    }

    private static bool Matches(PriceHistory generated, PriceHistory loaded) =>
        generated.Products.Count == loaded.Products.Count
        && generated.Products.All(g => loaded.Products.Any(l =>
            string.Equals(l.Product, g.Product, StringComparison.OrdinalIgnoreCase)
            && l.Days.Count == g.Days.Count
            && l.Days.Zip(g.Days).All(p => p.First.Date == p.Second.Date && p.First.Price == p.Second.Price && p.First.Volume == p.Second.Volume)));

    private sealed record GroundTruth(MarketOptions Options, IReadOnlyList<ProductTruth> Products);
}

using System.Text.Json;
using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Reporting.Metrics;

namespace Solutions.PriceOptimization.Serving;

/// <summary>The bundle's model file: every product's <see cref="DemandModel"/> as JSON.</summary>
public static class PriceModelFile
{
    public const string FileName = "demand_models.json";

    public static void Write(string path, IReadOnlyList<DemandModel> models) =>
        File.WriteAllText(path, JsonSerializer.Serialize(models, MetricsJson.Options));

    /// <exception cref="InvalidDataException">The file is not a list of demand models.</exception>
    public static IReadOnlyList<DemandModel> Read(string path)
    {
        var models = MetricsJson.Deserialize<DemandModel[]>(File.ReadAllText(path), path);
        if (models.Length == 0 || models.Any(m => m.Baseline is null || m.Baseline.Count == 0 || !(m.BasePrice > 0)))
        {
            throw new InvalidDataException($"{path}: every demand model needs a positive base price and a baseline forecast.");
        }
        return models;
    }
}

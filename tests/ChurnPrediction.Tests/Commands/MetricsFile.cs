using System.Text.Json;

namespace Solutions.ChurnPrediction.Tests.Commands;

/// <summary>A metrics.json read as a flat map of its top-level numbers.</summary>
internal static class MetricsFile
{
    public static IReadOnlyDictionary<string, double> ReadNumbers(string path)
    {
        Assert.True(File.Exists(path), $"{path} does not exist");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }

    /// <summary>Asserts each key is present as a finite number.</summary>
    public static void AssertFiniteNumbers(IReadOnlyDictionary<string, double> metrics, params string[] keys)
    {
        foreach (var key in keys)
        {
            Assert.True(metrics.TryGetValue(key, out var value), $"metrics.json has no number '{key}'; it has {string.Join(", ", metrics.Keys)}");
            Assert.True(double.IsFinite(value), $"'{key}' is {value}");
        }
    }
}

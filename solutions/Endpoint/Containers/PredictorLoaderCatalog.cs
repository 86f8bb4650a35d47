using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Containers;

/// <summary>The loaders of the solutions this host can serve, picked by the <c>solution</c> field of a bundle's manifest.</summary>
public sealed class PredictorLoaderCatalog
{
    private readonly Dictionary<string, IPredictorLoader> _loaders;

    /// <exception cref="ArgumentException">Two loaders claim the same solution.</exception>
    public PredictorLoaderCatalog(IEnumerable<IPredictorLoader> loaders)
    {
        _loaders = new Dictionary<string, IPredictorLoader>(StringComparer.Ordinal);
        foreach (var loader in loaders)
        {
            if (!_loaders.TryAdd(loader.Solution, loader))
            {
                throw new ArgumentException($"two predictor loaders claim solution '{loader.Solution}'", nameof(loaders));
            }
        }
    }

    public IReadOnlyCollection<string> Solutions => _loaders.Keys;

    /// <summary>Loads the bundle in <paramref name="folder"/> with its solution's loader.</summary>
    /// <param name="folder">The bundle folder, holding manifest.json.</param>
    /// <param name="expectedSolution">When given, the manifest must name this solution.</param>
    /// <exception cref="ModelBundleException">The bundle is missing, unreadable, or for a solution this host cannot load.</exception>
    public IPredictor Load(string folder, string? expectedSolution)
    {
        var solution = ModelBundle.ReadManifest(folder).Solution;
        if (expectedSolution is not null && !string.Equals(solution, expectedSolution, StringComparison.Ordinal))
        {
            throw new ModelBundleException($"the bundle in '{folder}' is a '{solution}' model, but the config says Solution '{expectedSolution}'");
        }
        if (!_loaders.TryGetValue(solution, out var loader))
        {
            throw new ModelBundleException(
                $"the bundle in '{folder}' is a '{solution}' model; this host loads: {string.Join(", ", _loaders.Keys.Order())}");
        }
        return loader.Load(folder);
    }
}

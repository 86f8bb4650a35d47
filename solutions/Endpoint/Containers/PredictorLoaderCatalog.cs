using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Containers;

/// <summary>
/// The loaders of the solutions this host can serve, tabular and document models alike, picked by the <c>solution</c>
/// field of a bundle's manifest.
/// </summary>
public sealed class PredictorLoaderCatalog
{
    private readonly Dictionary<string, Func<string, InvocationProcessor>> _loaders = new(StringComparer.Ordinal);

    /// <param name="loaders">The loaders of tabular models.</param>
    /// <param name="documentLoaders">The loaders of models whose request is one whole document (an image, a zip).</param>
    /// <exception cref="ArgumentException">Two loaders claim the same solution.</exception>
    public PredictorLoaderCatalog(IEnumerable<IPredictorLoader> loaders, IEnumerable<IDocumentPredictorLoader>? documentLoaders = null)
    {
        foreach (var loader in loaders)
        {
            Add(loader.Solution, folder => InvocationProcessor.Create(loader.Load(folder) ?? throw LoadedNull(loader.Solution)), nameof(loaders));
        }
        foreach (var loader in documentLoaders ?? [])
        {
            Add(loader.Solution, folder => InvocationProcessor.Create(loader.Load(folder) ?? throw LoadedNull(loader.Solution)), nameof(documentLoaders));
        }
    }

    public IReadOnlyCollection<string> Solutions => _loaders.Keys;

    /// <summary>Loads the bundle in <paramref name="folder"/> with its solution's loader, wrapped for serving.</summary>
    /// <param name="folder">The bundle folder, holding manifest.json.</param>
    /// <param name="expectedSolution">When given, the manifest must name this solution.</param>
    /// <exception cref="ModelBundleException">The bundle is missing, unreadable, or for a solution this host cannot load.</exception>
    /// <exception cref="InvalidOperationException">The loaded model cannot be served (e.g. an empty schema).</exception>
    public InvocationProcessor Load(string folder, string? expectedSolution)
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
        return loader(folder);
    }

    private static InvalidOperationException LoadedNull(string solution) => new($"the {solution} loader returned null");

    private void Add(string solution, Func<string, InvocationProcessor> load, string parameter)
    {
        if (!_loaders.TryAdd(solution, load))
        {
            throw new ArgumentException($"two predictor loaders claim solution '{solution}'", parameter);
        }
    }
}

using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Models;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Documents;

/// <summary>Bundles of a document model: hot swapped and held in the model cache exactly as tabular bundles are.</summary>
public sealed class DocumentBundleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-documents-").FullName;
    private readonly MeasuringLoader _loader = new();
    private readonly PredictorLoaderCatalog _catalog;

    public DocumentBundleTests() => _catalog = new PredictorLoaderCatalog([new AddingLoader()], [_loader]);

    private BundleContainer Container(string name, ModelCache? cache = null, ContainerMetrics? metrics = null) =>
        new(name, Path.Combine(_root, name), folder => _catalog.Load(folder, MeasuringLoader.Solution), metrics ?? new ContainerMetrics(),
            NullLogger.Instance, cache, sizeFactor: 1);

    private void Write(string name, string version, double offset) =>
        AddingBundle.Write(Path.Combine(_root, name), version, offset, paddingBytes: 10_000, solution: MeasuringLoader.Solution);

    /// <summary>Sends the PNG signature, answered as CSV: "8 + offset,137".</summary>
    private static async Task<string> MeasureAsync(IContainer container)
    {
        var answer = await container.InvokeAsync(new ContainerRequest(MeasuringDocumentPredictor.PngSignature, "image/png"), CancellationToken.None);
        return Encoding.UTF8.GetString(answer.Body);
    }

    [Fact]
    public async Task A_new_version_of_a_document_model_is_swapped_in()
    {
        Write("birds", "v1", offset: 0);
        var birds = Container("birds");
        await birds.StartAsync(CancellationToken.None);
        var before = await MeasureAsync(birds);

        Write("birds", "v2", offset: 100);
        await birds.CheckForNewVersionAsync(CancellationToken.None);
        var swapped = await birds.CheckForNewVersionAsync(CancellationToken.None);

        // 8 bytes from v1; 8 + 100 from v2.
        Assert.Equal(("8,137\n", true), (before, swapped));
        Assert.Equal(("108,137\n", "v2"), (await MeasureAsync(birds), birds.ModelVersion));
        Assert.Equal(2, _loader.Loads);
    }

    [Fact]
    public async Task Document_models_load_on_first_use_and_the_least_recently_used_is_unloaded_to_fit()
    {
        Write("a", "v1", offset: 10);
        Write("b", "v1", offset: 20);
        var size = AddingBundle.Bytes(Path.Combine(_root, "a"));
        // Room for one model and a half: loading b must unload a.
        var cache = new ModelCache(size * 3 / 2);
        var metrics = new ContainerMetrics();
        var (a, b) = (Container("a", cache, metrics), Container("b", cache));
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);
        var loadedBeforeUse = (a.IsLoaded, b.IsLoaded);

        // 8 bytes plus each bundle's offset.
        Assert.Equal("18,137\n", await MeasureAsync(a));
        Assert.Equal("18,137\n", await MeasureAsync(a));
        Assert.Equal("28,137\n", await MeasureAsync(b));

        Assert.Equal((false, false), loadedBeforeUse);
        Assert.Equal((false, true), (a.IsLoaded, b.IsLoaded));
        Assert.Equal(size, cache.UsedBytes);
        Assert.Equal((1, 1, 1), (metrics.ModelLoadingTime.Snapshot().Count, metrics.ModelCacheHit.Value, metrics.ModelUnloadingTime.Snapshot().Count));
    }

    [Fact]
    public void Two_loaders_of_either_kind_may_not_claim_one_solution()
    {
        var refused = Assert.Throws<ArgumentException>(() => new PredictorLoaderCatalog([new AddingLoader()], [new ClaimingAdding()]));

        Assert.StartsWith("two predictor loaders claim solution 'Adding'", refused.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class ClaimingAdding : Solutions.Shared.Serving.IDocumentPredictorLoader
    {
        public string Solution => AddingBundle.Solution;

        public Solutions.Shared.Serving.IDocumentPredictor Load(string bundleFolder) => new MeasuringDocumentPredictor();
    }
}

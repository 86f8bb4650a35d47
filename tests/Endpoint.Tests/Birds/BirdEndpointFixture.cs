using System.Net;
using Microsoft.AspNetCore.Builder;
using Solutions.BirdDetection.Serving;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Training;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Tests.Birds;

/// <summary>
/// The real host on a free loopback port with <c>config/birds.json</c> as shipped: the baseline and flipped bird bundles
/// side by side in Direct mode. Both bundles are missing at first and trained as <c>--train-missing</c> trains them,
/// smaller: 3 generated species x 6 images, 3 epochs, seed 7.
/// </summary>
public sealed class BirdEndpointFixture : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-birds-").FullName;
    private WebApplication _app = null!;

    public string BaseUrl { get; private set; } = "";

    public HostConfig Config { get; private set; } = null!;

    public IReadOnlyList<string> Trained { get; private set; } = [];

    /// <summary>The one loader of both containers, to see how many backbones they hold.</summary>
    public BirdDetectionPredictorLoader Loader { get; } = new();

    /// <summary>A generated test image, as its file holds it.</summary>
    public byte[] Jpeg { get; private set; } = [];

    public string BundleFolder(string hostname) =>
        ContainerFactory.BundleFolder(Config.Endpoints.Single().Containers.Single(c => c.ContainerHostname == hostname), _root);

    public async Task InitializeAsync()
    {
        Config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "birds.json"));
        Trained = MissingBundles.Train(Config, container => ContainerFactory.BundleFolder(container, _root),
            [new BirdBundleTrainer(species: 3, imagesPerSpecies: 6, epochs: 3)], seed: 7, new PlainProgressDisplay(TextWriter.Null));
        var images = Path.Combine(Path.GetDirectoryName(BundleFolder("flipped"))!, "data");
        Jpeg = await File.ReadAllBytesAsync(Directory.EnumerateFiles(images, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());

        _app = EndpointHost.Build(Config, new EndpointHostOptions
        {
            Port = 0,
            Address = IPAddress.Loopback,
            DocumentLoaders = [Loader],
            RepositoryRoot = _root,
        });
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{LoopbackPort.Of(_app)}";
        using var client = new HttpClient();
        for (var poll = 0; poll < 2000 && (await client.GetAsync(BaseUrl + "/ping")).StatusCode != HttpStatusCode.OK; poll++)
        {
            await Task.Delay(10);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

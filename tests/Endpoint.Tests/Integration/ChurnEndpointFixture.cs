using Microsoft.AspNetCore.Builder;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Training;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>
/// The real host on a free loopback port, serving a churn bundle that <c>--train-missing</c>'s code trains
/// from the first 400 customers (3 folds, seed 7) — small enough to train in seconds.
/// </summary>
public sealed class ChurnEndpointFixture : IAsyncLifetime
{
    private const int TrainingCustomers = 400;

    private readonly string _folder = Directory.CreateTempSubdirectory("endpoint-tests-").FullName;
    private WebApplication _app = null!;

    public int Port { get; private set; }

    public IReadOnlyList<string> Trained { get; private set; } = [];

    /// <summary>The first customer of the data set, as a header-less CSV row (the label left out).</summary>
    public string CustomerRow { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var lines = File.ReadLines(RepositoryRoot.Resolve("data", "churn", "churn.csv")).Take(TrainingCustomers + 1).ToArray();
        var dataPath = Path.Combine(_folder, "churn-subset.csv");
        await File.WriteAllLinesAsync(dataPath, lines);
        CustomerRow = lines[1][..lines[1].LastIndexOf(',')];
        var config = HostConfigFile.Parse($$"""
            {
              "Endpoints": [{
                "EndpointName": "suite",
                "InferenceExecutionConfig": { "Mode": "Direct" },
                "Containers": [{ "ContainerHostname": "churn", "ModelDataUrl": "bundles/churn/model", "Solution": "ChurnPrediction" }]
              }],
              "Security": { "AllowUnsignedRequests": true, "Region": "us-east-1", "AccountId": "000000000000" }
            }
            """, "integration.json");
        Trained = MissingBundles.Train(config, container => Solutions.Endpoint.Containers.ContainerFactory.BundleFolder(container, _folder),
            [new ChurnBundleTrainer(dataPath, folds: 3)], seed: 7, new PlainProgressDisplay(TextWriter.Null));
        _app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Port = 0,
            Address = System.Net.IPAddress.Loopback,
            Loaders = SuiteSolutions.Loaders,
            RepositoryRoot = _folder,
        });
        await _app.StartAsync();
        Port = LoopbackPort.Of(_app);
        using var client = new HttpClient();
        for (var poll = 0; poll < 2000 && (await client.GetAsync($"http://127.0.0.1:{Port}/ping")).StatusCode != System.Net.HttpStatusCode.OK; poll++)
        {
            await Task.Delay(10);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

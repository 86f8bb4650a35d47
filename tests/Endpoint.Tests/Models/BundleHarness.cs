using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Models;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Models;

/// <summary>Bundle folders in a temporary directory, and containers over them with the adding model.</summary>
internal sealed class BundleHarness : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-bundles-").FullName;

    public AddingLoader Loader { get; init; } = new();

    public string Folder(string name) => Path.Combine(_root, name);

    public BundleContainer Container(string name, ContainerMetrics? metrics = null, ModelCache? cache = null, ILogger? logger = null) =>
        new(name, Folder(name), Loader.Load, metrics ?? new ContainerMetrics(), logger ?? NullLogger.Instance, cache, sizeFactor: 1);

    /// <summary>Scores x=1, y=1 and returns the CSV answer: "2\n" plus the model's offset.</summary>
    public static async Task<string> ScoreAsync(IContainer container)
    {
        var answer = await container.InvokeAsync(new ContainerRequest(Encoding.UTF8.GetBytes("1,1"), "text/csv"), CancellationToken.None);
        return Encoding.UTF8.GetString(answer.Body);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

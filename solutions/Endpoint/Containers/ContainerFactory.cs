using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Models;

namespace Solutions.Endpoint.Containers;

/// <summary>Turns a container's configuration into a live container: a bundle served in process, or an external server.</summary>
/// <param name="loaders">The solutions whose bundles can be loaded.</param>
/// <param name="repositoryRoot">Where relative <c>ModelDataUrl</c> folders start.</param>
/// <param name="http">The pooled client for external containers.</param>
/// <param name="loggers">Creates each container's logger.</param>
/// <param name="cache">The memory budget bundles load lazily within; null loads every bundle at start.</param>
/// <param name="bundleSizeFactor">A loaded model's estimated memory per byte of bundle files.</param>
public sealed class ContainerFactory(
    PredictorLoaderCatalog loaders, string repositoryRoot, HttpClient http, ILoggerFactory loggers, ModelCache? cache = null, double bundleSizeFactor = 2)
{
    /// <param name="config">The container's configuration.</param>
    /// <param name="metrics">Where a bundle's loads and unloads are counted.</param>
    public IContainer Create(ContainerConfig config, ContainerMetrics metrics)
    {
        var logger = loggers.CreateLogger("Solutions.Endpoint.Container." + config.ContainerHostname);
        if (config.Url is { } url)
        {
            return new ExternalContainer(config.ContainerHostname, new Uri(url), TimeSpan.FromSeconds(config.TimeoutSeconds), http, logger);
        }
        return new BundleContainer(
            config.ContainerHostname, BundleFolder(config, repositoryRoot), folder => loaders.Load(folder, config.Solution), metrics, logger,
            cache, bundleSizeFactor);
    }

    /// <summary>The bundle folder of a <see cref="ContainerConfig.ModelDataUrl"/>: absolute, or relative to the repository root.</summary>
    public static string BundleFolder(ContainerConfig config, string repositoryRoot) => Path.GetFullPath(
        config.ModelDataUrl ?? throw new ArgumentException($"container '{config.ContainerHostname}' has no ModelDataUrl", nameof(config)),
        repositoryRoot);
}

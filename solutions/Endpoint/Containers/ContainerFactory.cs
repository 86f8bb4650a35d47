using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Configuration;

namespace Solutions.Endpoint.Containers;

/// <summary>Turns a container's configuration into a live container: a bundle served in process, or an external server.</summary>
public sealed class ContainerFactory(PredictorLoaderCatalog loaders, string repositoryRoot, HttpClient http, ILoggerFactory loggers)
{
    public IContainer Create(ContainerConfig config)
    {
        var logger = loggers.CreateLogger("Solutions.Endpoint.Container." + config.ContainerHostname);
        if (config.Url is { } url)
        {
            return new ExternalContainer(config.ContainerHostname, new Uri(url), TimeSpan.FromSeconds(config.TimeoutSeconds), http, logger);
        }
        var folder = BundleFolder(config, repositoryRoot);
        return new InProcessContainer(config.ContainerHostname, () => loaders.Load(folder, config.Solution), logger);
    }

    /// <summary>The bundle folder of a <see cref="ContainerConfig.ModelDataUrl"/>: absolute, or relative to the repository root.</summary>
    public static string BundleFolder(ContainerConfig config, string repositoryRoot) => Path.GetFullPath(
        config.ModelDataUrl ?? throw new ArgumentException($"container '{config.ContainerHostname}' has no ModelDataUrl", nameof(config)),
        repositoryRoot);
}

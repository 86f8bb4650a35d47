using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Configuration;

/// <summary>
/// The endpoint host's configuration file: the endpoints it serves (each like SageMaker's CreateModel plus
/// CreateEndpointConfig), who may call them, and how models are kept in memory. Load it with <see cref="HostConfigFile.Load"/>.
/// </summary>
public sealed record HostConfig
{
    /// <summary>The endpoints, each invoked at <c>POST /endpoints/{EndpointName}/invocations</c>.</summary>
    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];

    /// <summary>
    /// The <c>"Security"</c> section, read by <see cref="SecuritySettingsReader"/>: access keys, policies, whether unsigned
    /// requests are allowed, and the one place the host's region and account are set.
    /// </summary>
    public required SecuritySettings Security { get; init; }

    /// <summary>Load models on first use within a memory budget, unloading the least recently used; null loads every model at start.</summary>
    /// <value>The default is null.</value>
    public ModelCacheConfig? ModelCache { get; init; }

    /// <value>The default polls every bundle folder every 5 seconds for a new model version.</value>
    public BundleWatchConfig BundleWatch { get; init; } = new();

    /// <summary>The region and account of ARNs (endpoint resources in policies, log streams in ModelError), from <see cref="Security"/>.</summary>
    public HostIdentity Identity => new(Security.Region, Security.AccountId);
}

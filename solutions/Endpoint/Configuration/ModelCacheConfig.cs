namespace Solutions.Endpoint.Configuration;

/// <summary>
/// Multi-model-endpoint style loading: a bundle is loaded when a request first needs it, and the least recently used idle
/// models are unloaded when the loaded ones would exceed <see cref="MemoryBudgetMb"/>.
/// </summary>
public sealed record ModelCacheConfig
{
    /// <summary>The memory the in-process models may take together, in MiB (estimated, see <see cref="BundleSizeFactor"/>).</summary>
    public double MemoryBudgetMb { get; init; }

    /// <summary>A loaded model's estimated memory is its bundle's file sizes times this factor (the ML.NET archive is compressed).</summary>
    /// <value>The default is 2.</value>
    public double BundleSizeFactor { get; init; } = 2;
}

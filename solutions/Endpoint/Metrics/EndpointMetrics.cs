namespace Solutions.Endpoint.Metrics;

/// <summary>The metrics of one endpoint's variant: one <see cref="ContainerMetrics"/> per container, and one without a container.</summary>
public sealed class EndpointMetrics
{
    private readonly Dictionary<string, ContainerMetrics> _byHostname;

    /// <param name="endpointName">The endpoint, the <c>endpoint</c> label.</param>
    /// <param name="variantName">The variant, the <c>variant</c> label.</param>
    /// <param name="containerHostnames">The containers, each a <c>container</c> label.</param>
    public EndpointMetrics(string endpointName, string variantName, IEnumerable<string> containerHostnames)
    {
        EndpointName = endpointName;
        VariantName = variantName;
        Containers = containerHostnames.Select(hostname => (hostname, new ContainerMetrics())).ToArray();
        _byHostname = Containers.ToDictionary(entry => entry.Hostname, entry => entry.Metrics, StringComparer.OrdinalIgnoreCase);
    }

    public string EndpointName { get; }

    public string VariantName { get; }

    /// <summary>Each container's hostname and metrics, in configuration order.</summary>
    public IReadOnlyList<(string Hostname, ContainerMetrics Metrics)> Containers { get; }

    /// <summary>A serial pipeline's requests as a whole, and requests that reached no container (bad target, denied, draining).</summary>
    public ContainerMetrics Endpoint { get; } = new();

    /// <summary>Every request to this variant; with one instance per host, each host reports its own share (what an autoscaler divides).</summary>
    public MetricCounter InvocationsPerInstance { get; } = new();

    /// <summary>The metrics of <paramref name="containerHostname"/>, or <see cref="Endpoint"/>'s for null or a hostname not on the endpoint.</summary>
    public ContainerMetrics For(string? containerHostname) =>
        containerHostname is not null && _byHostname.TryGetValue(containerHostname, out var metrics) ? metrics : Endpoint;
}

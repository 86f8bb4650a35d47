namespace Solutions.Endpoint.Hosting;

/// <summary>Every endpoint the host serves, by name (case-insensitive).</summary>
public sealed class EndpointCatalog
{
    private readonly Dictionary<string, HostedEndpoint> _byName;

    /// <exception cref="ArgumentException">Two endpoints share a name.</exception>
    public EndpointCatalog(IEnumerable<HostedEndpoint> endpoints)
    {
        Endpoints = endpoints.ToArray();
        _byName = new Dictionary<string, HostedEndpoint>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in Endpoints)
        {
            if (!_byName.TryAdd(endpoint.Name, endpoint))
            {
                throw new ArgumentException($"two endpoints are named '{endpoint.Name}'", nameof(endpoints));
            }
        }
    }

    public IReadOnlyList<HostedEndpoint> Endpoints { get; }

    public HostedEndpoint? Find(string name) => _byName.GetValueOrDefault(name);
}

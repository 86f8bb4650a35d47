namespace Solutions.Endpoint.Configuration;

/// <summary>
/// The endpoint host's configuration file: the endpoints it serves (each like SageMaker's CreateModel plus
/// CreateEndpointConfig) and how callers are authenticated. Load it with <see cref="HostConfigFile.Load"/>.
/// </summary>
public sealed record HostConfig
{
    /// <summary>The endpoints, each invoked at <c>POST /endpoints/{EndpointName}/invocations</c>.</summary>
    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];

    public SecurityConfig Security { get; init; } = new();

    /// <summary>The region in the ARNs the host reports (log streams, endpoint resources).</summary>
    /// <value>The default is <c>local</c>.</value>
    public string Region { get; init; } = "local";

    /// <summary>The account in the ARNs the host reports.</summary>
    /// <value>The default is <c>000000000000</c>.</value>
    public string AccountId { get; init; } = "000000000000";
}

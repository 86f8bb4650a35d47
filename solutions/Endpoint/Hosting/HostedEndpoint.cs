using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;

namespace Solutions.Endpoint.Hosting;

/// <summary>One endpoint as the host runs it: its name, variant, mode and live containers.</summary>
public sealed class HostedEndpoint
{
    private readonly Dictionary<string, IContainer> _byHostname;
    private readonly string _logGroupArn;

    /// <param name="name">The endpoint name.</param>
    /// <param name="variantName">The one production variant.</param>
    /// <param name="mode">Direct or serial invocation.</param>
    /// <param name="containers">In pipeline order for serial mode; hostnames unique (case-insensitive).</param>
    /// <param name="identity">The region and account for log-stream ARNs; default <see cref="HostIdentity.Local"/>.</param>
    /// <param name="metrics">Where the endpoint's figures go; default fresh metrics for these containers. Pass the same metrics the containers record their loads into.</param>
    public HostedEndpoint(
        string name, string variantName, ExecutionMode mode, IReadOnlyList<IContainer> containers, HostIdentity? identity = null,
        EndpointMetrics? metrics = null)
    {
        if (containers.Count == 0)
        {
            throw new ArgumentException($"endpoint '{name}' needs at least one container", nameof(containers));
        }
        Name = name;
        VariantName = variantName;
        Mode = mode;
        Containers = containers;
        _byHostname = containers.ToDictionary(container => container.Hostname, StringComparer.OrdinalIgnoreCase);
        Metrics = metrics ?? new EndpointMetrics(name, variantName, containers.Select(container => container.Hostname));
        identity ??= HostIdentity.Local;
        _logGroupArn = $"arn:aws:logs:{identity.Region}:{identity.AccountId}:log-group:/aws/sagemaker/Endpoints/{name}";
    }

    public string Name { get; }

    public string VariantName { get; }

    public ExecutionMode Mode { get; }

    public IReadOnlyList<IContainer> Containers { get; }

    /// <summary>The endpoint's invocation, latency and model-loading figures, served at <c>/metrics</c>.</summary>
    public EndpointMetrics Metrics { get; }

    public IContainer? FindContainer(string hostname) => _byHostname.GetValueOrDefault(hostname);

    /// <summary>The log stream a ModelError points at, named like SageMaker's (<c>{variant}/{container}</c>).</summary>
    public string LogStreamArn(string containerHostname) => $"{_logGroupArn}:log-stream:{VariantName}/{containerHostname}";
}

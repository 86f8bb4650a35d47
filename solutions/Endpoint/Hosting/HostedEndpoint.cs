using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;

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
    public HostedEndpoint(
        string name, string variantName, ExecutionMode mode, IReadOnlyList<IContainer> containers, HostIdentity? identity = null)
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
        identity ??= HostIdentity.Local;
        _logGroupArn = $"arn:aws:logs:{identity.Region}:{identity.AccountId}:log-group:/aws/sagemaker/Endpoints/{name}";
    }

    public string Name { get; }

    public string VariantName { get; }

    public ExecutionMode Mode { get; }

    public IReadOnlyList<IContainer> Containers { get; }

    public IContainer? FindContainer(string hostname) => _byHostname.GetValueOrDefault(hostname);

    /// <summary>The log stream a ModelError points at, named like SageMaker's (<c>{variant}/{container}</c>).</summary>
    public string LogStreamArn(string containerHostname) => $"{_logGroupArn}:log-stream:{VariantName}/{containerHostname}";
}

namespace Solutions.Endpoint.Configuration;

/// <summary>A production variant, as in CreateEndpointConfig; only its name matters on one machine.</summary>
public sealed record ProductionVariantConfig
{
    public const string DefaultName = "AllTraffic";

    public string VariantName { get; init; } = DefaultName;
}

namespace Solutions.Endpoint.Configuration;

/// <summary>One endpoint: SageMaker's CreateModel (<c>Containers</c>, <c>InferenceExecutionConfig</c>) and CreateEndpointConfig (<c>ProductionVariants</c>) in one.</summary>
public sealed record EndpointConfig
{
    /// <summary>1-63 letters, digits and hyphens, starting with a letter or digit (SageMaker's rule).</summary>
    public string EndpointName { get; init; } = "";

    /// <summary>The variant reported in <c>x-Amzn-Invoked-Production-Variant</c>; one per endpoint.</summary>
    /// <value>The default is one variant named <c>AllTraffic</c>.</value>
    public IReadOnlyList<ProductionVariantConfig> ProductionVariants { get; init; } = [new()];

    /// <value>The default is <see cref="ExecutionMode.Serial"/>, as in SageMaker.</value>
    public InferenceExecutionConfig InferenceExecutionConfig { get; init; } = new();

    /// <summary>1 to 15 containers; in serial mode they run in this order.</summary>
    public IReadOnlyList<ContainerConfig> Containers { get; init; } = [];

    /// <summary>The variant's name (the configuration allows exactly one).</summary>
    public string VariantName => ProductionVariants.Count > 0 ? ProductionVariants[0].VariantName : ProductionVariantConfig.DefaultName;
}

namespace Solutions.Endpoint.Hosting;

/// <summary>The region and account the host reports in ARNs and messages, as a SageMaker endpoint would.</summary>
public sealed record HostIdentity(string Region, string AccountId)
{
    /// <summary>Region <c>local</c>, account <c>000000000000</c>: the defaults of <see cref="Configuration.HostConfig"/>.</summary>
    public static HostIdentity Local { get; } = new("local", "000000000000");

    /// <summary><c>arn:aws:sagemaker:{region}:{account}:endpoint/{name}</c>; SageMaker writes the name in lower case.</summary>
    public string EndpointArn(string endpointName) =>
        $"arn:aws:sagemaker:{Region}:{AccountId}:endpoint/{endpointName.ToLowerInvariant()}";
}

namespace Solutions.Endpoint.Security.Policies;

/// <summary>SageMaker endpoint ARNs, which carry the endpoint name in lower case whatever its case at creation.</summary>
public static class EndpointArn
{
    /// <summary>e.g. <c>arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint</c> for endpoint <c>My-Endpoint</c>.</summary>
    public static string For(string region, string accountId, string endpointName) =>
        $"arn:aws:sagemaker:{region}:{accountId}:endpoint/{endpointName.ToLowerInvariant()}";
}

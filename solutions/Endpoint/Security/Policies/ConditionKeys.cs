namespace Solutions.Endpoint.Security.Policies;

/// <summary>The condition keys this host puts in the request context.</summary>
public static class ConditionKeys
{
    /// <summary>The <c>X-Amzn-SageMaker-Target-Container-Hostname</c> of a direct invocation; absent when none was sent.</summary>
    public const string TargetContainerHostname = "sagemaker:TargetContainerHostname";
}

namespace Solutions.Endpoint.Security.Configuration;

/// <summary>
/// Who may call the host and how requests are checked: the <c>"Security"</c> section of the endpoint config.
/// Read it with <see cref="SecuritySettingsReader"/>.
/// </summary>
public sealed record SecuritySettings
{
    /// <summary>Accept requests with no Authorization header, for local use only. Signed requests are still verified.</summary>
    /// <value>The default value is false.</value>
    public bool AllowUnsignedRequests { get; init; }

    /// <summary>The region requests must be signed for and endpoint ARNs carry.</summary>
    /// <value>The default value is us-east-1.</value>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The 12-digit account that owns the endpoints, as in their ARNs.</summary>
    public string AccountId { get; init; } = "000000000000";

    /// <summary>How far a request's signing time may be from the host's clock.</summary>
    /// <value>The default value is 5 minutes, as AWS.</value>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The SigV4 signing name (credential scope service). SageMaker Runtime clients sign as <c>sagemaker</c>.</summary>
    /// <value>The default value is sagemaker.</value>
    public string SigningName { get; init; } = "sagemaker";

    public IReadOnlyList<AccessKey> AccessKeys { get; init; } = [];
}

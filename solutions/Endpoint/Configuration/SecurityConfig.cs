namespace Solutions.Endpoint.Configuration;

/// <summary>How the host authenticates callers.</summary>
public sealed record SecurityConfig
{
    /// <summary>
    /// True lets any request in, signed or not: for local use only. When false, every request must pass the
    /// host's <see cref="Authentication.IRequestAuthenticator"/> (AWS Signature Version 4).
    /// </summary>
    /// <value>The default is false.</value>
    public bool AllowUnsignedRequests { get; init; }
}

using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Security.Signing;

/// <summary>Who sent a request: the verified access key's identity and policies, or the anonymous caller of an unsigned request.</summary>
public sealed record AuthenticatedCaller(string AccessKeyId, string UserArn, IReadOnlyList<PolicyDocument> Policies)
{
    /// <summary>The caller of an unsigned request, accepted only when the config allows unsigned requests; policies are not evaluated for it.</summary>
    public static AuthenticatedCaller Anonymous { get; } = new("", "anonymous", []);

    public bool IsAnonymous => ReferenceEquals(this, Anonymous);
}

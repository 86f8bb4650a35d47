using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Security.Configuration;

/// <summary>
/// An access key the host accepts, the identity it stands for, and the policies attached to that identity.
/// <see cref="ToString"/> never shows the secret or the session token.
/// </summary>
/// <param name="AccessKeyId">The public half, e.g. <c>AKIAIOSFODNN7EXAMPLE</c>.</param>
/// <param name="SecretAccessKey">The secret half; keep it out of logs.</param>
/// <param name="UserArn">The identity, e.g. <c>arn:aws:iam::123456789012:user/analyst</c>; named in AccessDenied messages.</param>
/// <param name="Policies">Identity-based policies; with none, every action is implicitly denied.</param>
public sealed record AccessKey(string AccessKeyId, string SecretAccessKey, string UserArn, IReadOnlyList<PolicyDocument> Policies)
{
    /// <summary>
    /// The session token of temporary credentials. When set, requests with this key must carry it in a signed
    /// <c>X-Amz-Security-Token</c> header; when null, requests must carry none.
    /// </summary>
    public string? SessionToken { get; init; }

    public override string ToString() =>
        $"AccessKey {{ AccessKeyId = {AccessKeyId}, UserArn = {UserArn}, SecretAccessKey = ***, " +
        $"SessionToken = {(SessionToken is null ? "none" : "***")}, Policies = {Policies.Count} }}";
}

namespace Solutions.Endpoint.Security.Policies;

/// <summary>What the policies decided and why.</summary>
/// <param name="Kind">Allowed, explicitly denied or implicitly denied.</param>
/// <param name="Statement">The deciding statement, e.g. <c>AllowCustomIps</c> or <c>policy 1, statement 2</c>; null for an implicit deny.</param>
/// <param name="Reason">One sentence for logs and people.</param>
public sealed record PolicyDecision(PolicyDecisionKind Kind, string? Statement, string Reason)
{
    public bool IsAllowed => Kind == PolicyDecisionKind.Allowed;
}

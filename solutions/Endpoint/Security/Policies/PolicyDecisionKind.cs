namespace Solutions.Endpoint.Security.Policies;

public enum PolicyDecisionKind
{
    /// <summary>A statement allows the request and none denies it.</summary>
    Allowed,

    /// <summary>A Deny statement applies; it wins over any Allow.</summary>
    ExplicitDeny,

    /// <summary>No statement allows the request: denied by default.</summary>
    ImplicitDeny,
}

namespace Solutions.Endpoint.Security.Policies;

public enum PolicyEffect
{
    Allow,
    Deny,
}

using Solutions.Endpoint.Invocation;

namespace Solutions.Endpoint.Authentication;

/// <summary>Lets every request in, signed or not: what <c>"AllowUnsignedRequests": true</c> asks for, for local use only.</summary>
public sealed class UnsignedAccess : IRequestAuthenticator
{
    public RuntimeError? Authenticate(AuthenticationRequest request) => null;
}

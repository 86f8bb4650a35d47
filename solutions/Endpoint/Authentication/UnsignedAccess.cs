using Solutions.Endpoint.Invocation;

namespace Solutions.Endpoint.Authentication;

/// <summary>
/// Lets every request in, signed or not, without checking signatures: what <c>"AllowUnsignedRequests": true</c> with no
/// <c>AccessKeys</c> asks for (local use only). With no keys configured no signature could be verified, so the AWS CLI and
/// SDKs work with whatever credentials they happen to sign with.
/// </summary>
public sealed class UnsignedAccess : IRequestAuthenticator
{
    public RuntimeError? Authenticate(AuthenticationRequest request) => null;
}

using Solutions.Endpoint.Invocation;

namespace Solutions.Endpoint.Authentication;

/// <summary>
/// Decides whether an InvokeEndpoint request may run: verifies who sent it (AWS Signature Version 4) and
/// whether their policy allows the endpoint and target container. Called once per request, after the body
/// is read (the signature covers it) and before anything about the endpoint is revealed.
/// </summary>
public interface IRequestAuthenticator
{
    /// <returns>Null to let the request through; else the error the caller gets (e.g. <c>AccessDeniedException</c> 403).</returns>
    RuntimeError? Authenticate(AuthenticationRequest request);
}

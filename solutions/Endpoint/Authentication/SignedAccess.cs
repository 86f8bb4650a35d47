using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Security;

namespace Solutions.Endpoint.Authentication;

/// <summary>
/// Requires AWS Signature Version 4 from a configured access key and evaluates the key's IAM policies for
/// <c>sagemaker:InvokeEndpoint</c> (see <see cref="EndpointSecurity"/>); unsigned requests pass only when the config allows them.
/// </summary>
public sealed class SignedAccess(EndpointSecurity security) : IRequestAuthenticator
{
    public RuntimeError? Authenticate(AuthenticationRequest request) =>
        security.Authorize(request.Http.HttpContext, request.EndpointName, request.TargetContainerHostname, request.Body) is { } refused
            ? new RuntimeError(refused.Code, refused.Status, refused.Message)
            : null;
}

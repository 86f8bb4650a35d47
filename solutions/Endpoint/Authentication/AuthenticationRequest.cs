using Microsoft.AspNetCore.Http;

namespace Solutions.Endpoint.Authentication;

/// <summary>What an authenticator sees of one request.</summary>
/// <param name="Http">The HTTP request: method, path, query and headers (Authorization, X-Amz-Date, Host, ...); its body is already read.</param>
/// <param name="Body">The body exactly as received, for the payload hash.</param>
/// <param name="EndpointArn">The endpoint's ARN, <c>arn:aws:sagemaker:{region}:{account}:endpoint/{name in lower case}</c>, for policy resources.</param>
/// <param name="EndpointName">The endpoint name from the path.</param>
/// <param name="TargetContainerHostname">The <c>X-Amzn-SageMaker-Target-Container-Hostname</c> header, for <c>sagemaker:TargetContainerHostname</c> conditions; null when absent.</param>
public sealed record AuthenticationRequest(
    HttpRequest Http, ReadOnlyMemory<byte> Body, string EndpointArn, string EndpointName, string? TargetContainerHostname);

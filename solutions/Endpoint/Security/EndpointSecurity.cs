using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Policies;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Security;

/// <summary>
/// The invocation route's gate: authenticates a request's SigV4 signature and evaluates the caller's policies for
/// <c>sagemaker:InvokeEndpoint</c> on the endpoint's ARN. Call it after reading the body, since the signature covers it.
/// </summary>
public sealed partial class EndpointSecurity(SecuritySettings settings, TimeProvider time, ILogger<EndpointSecurity> logger)
{
    public const string InvokeEndpointAction = "sagemaker:InvokeEndpoint";

    private static readonly Dictionary<string, string> NoContext = [];

    private readonly RequestAuthenticator _authenticator = new(settings, time);

    /// <summary>Null when the request may invoke <paramref name="endpointName"/>; otherwise the error to send back.</summary>
    /// <param name="context">The request; its raw target, headers and method are read, never its body stream.</param>
    /// <param name="endpointName">The endpoint named in the route, as sent.</param>
    /// <param name="targetContainerHostname">The <c>X-Amzn-SageMaker-Target-Container-Hostname</c> header, or null.</param>
    /// <param name="body">The whole request body, already read.</param>
    public AwsError? Authorize(HttpContext context, string endpointName, string? targetContainerHostname, ReadOnlyMemory<byte> body) =>
        Authorize(ToAwsRequest(context.Request, body), endpointName, targetContainerHostname);

    /// <summary>Null when the request may invoke <paramref name="endpointName"/>; otherwise the error to send back.</summary>
    public AwsError? Authorize(AwsRequest request, string endpointName, string? targetContainerHostname)
    {
        var authentication = _authenticator.Authenticate(request);
        if (authentication.Error is { } error)
        {
            LogRejected(logger, request.Method, request.Path, endpointName, error.Code, error.Message);
            return error;
        }

        var caller = authentication.Caller!;
        if (caller.IsAnonymous)
            return null;

        var resource = EndpointArn.For(settings.Region, settings.AccountId, endpointName);
        var conditionContext = targetContainerHostname is null
            ? NoContext
            : new Dictionary<string, string> { [ConditionKeys.TargetContainerHostname] = targetContainerHostname };
        var decision = PolicyEvaluator.Evaluate(caller.Policies, InvokeEndpointAction, resource, conditionContext);
        if (decision.IsAllowed)
        {
            LogAllowed(logger, caller.AccessKeyId, endpointName, decision.Reason);
            return null;
        }

        var because = decision.Kind == PolicyDecisionKind.ExplicitDeny
            ? "with an explicit deny in an identity-based policy"
            : $"because no identity-based policy allows the {InvokeEndpointAction} action";
        var denied = AwsError.AccessDenied(
            $"User: {caller.UserArn} is not authorized to perform: {InvokeEndpointAction} on resource: {resource} {because}");
        LogDenied(logger, caller.AccessKeyId, endpointName, decision.Reason);
        return denied;
    }

    // The client signed the target as it sent it, so use the raw target rather than the decoded Path.
    private static AwsRequest ToAwsRequest(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = rawTarget is { Length: > 0 } && rawTarget[0] == '/'
            ? rawTarget
            : (request.PathBase + request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        var question = target.IndexOf('?');
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : target[(question + 1)..];

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
                headers.Add(new(name, value ?? ""));
        }
        return new AwsRequest(request.Method, path, query, headers, body);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Rejected {Method} {Path} for endpoint {EndpointName}: {ErrorCode}: {ErrorMessage}")]
    private static partial void LogRejected(ILogger logger, string method, string path, string endpointName, string errorCode, string errorMessage);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Access key {AccessKeyId} denied on endpoint {EndpointName}: {Reason}")]
    private static partial void LogDenied(ILogger logger, string accessKeyId, string endpointName, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Access key {AccessKeyId} allowed on endpoint {EndpointName}: {Reason}")]
    private static partial void LogAllowed(ILogger logger, string accessKeyId, string endpointName, string reason);
}

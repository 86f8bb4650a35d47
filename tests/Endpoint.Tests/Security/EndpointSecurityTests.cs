using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Security;
using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Policies;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security;

/// <summary>The seam the invocation route calls: an ASP.NET Core request in, null or an AWS error out.</summary>
public sealed class EndpointSecurityTests
{
    private const string KeyId = "AKIAANALYST";
    private const string Secret = "analyst/SECRET+value";
    private const string UserArn = "arn:aws:iam::123456789012:user/analyst";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly List<string> _logs = [];

    [Fact]
    public void Signed_request_to_an_allowed_host_passes()
    {
        var (context, body) = Http(Sign("/endpoints/churn/invocations", "customIps7"));

        Assert.Null(Security().Authorize(context, "churn", "customIps7", body));
    }

    [Fact]
    public void Host_outside_the_policy_is_AccessDenied_naming_user_action_and_resource()
    {
        var (context, body) = Http(Sign("/endpoints/churn/invocations", "secretModel"));

        var error = Security().Authorize(context, "churn", "secretModel", body);

        Assert.Equal(AwsError.AccessDenied(
            $"User: {UserArn} is not authorized to perform: sagemaker:InvokeEndpoint on resource: " +
            "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn because no identity-based policy allows the sagemaker:InvokeEndpoint action"),
            error);
    }

    [Fact]
    public void Explicit_deny_says_so()
    {
        var (context, body) = Http(Sign("/endpoints/Lung/invocations", "commonPre"));

        // Endpoint "Lung" becomes endpoint/lung in the ARN, which the Deny statement names.
        Assert.EndsWith("endpoint/lung with an explicit deny in an identity-based policy", Security().Authorize(context, "Lung", "commonPre", body)?.Message);
    }

    [Fact]
    public void Raw_target_is_what_gets_verified()
    {
        // The client signed the percent-encoded path; ASP.NET's Path would be decoded, the raw target is not.
        var (context, body) = Http(Sign("/endpoints/a%20b/invocations", "common1"));

        Assert.Equal("/endpoints/a b/invocations", context.Request.Path.Value);
        Assert.Null(Security().Authorize(context, "a b", "common1", body));
    }

    [Fact]
    public void Failures_are_logged_without_secrets()
    {
        var signed = Sign("/endpoints/churn/invocations", "customIps7");
        var (context, _) = Http(signed);

        var error = Security().Authorize(context, "churn", "customIps7", Encoding.UTF8.GetBytes("tampered"));

        Assert.Equal("InvalidSignatureException", error?.Code);
        var log = Assert.Single(_logs);
        Assert.StartsWith("Warning: Rejected POST /endpoints/churn/invocations for endpoint churn: InvalidSignatureException", log);
        Assert.DoesNotContain(Secret, log);
    }

    [Fact]
    public void Unsigned_request_passes_only_when_allowed()
    {
        var unsigned = new AwsRequest("POST", "/endpoints/churn/invocations", "", [new("Host", "localhost:8080")], new byte[] { 1 });
        var (context, body) = Http(unsigned);

        Assert.Equal("MissingAuthenticationToken", Security().Authorize(context, "churn", null, body)?.Code);
        Assert.Null(Security(Settings() with { AllowUnsignedRequests = true }).Authorize(context, "churn", null, body));
    }

    private EndpointSecurity Security(SecuritySettings? settings = null) =>
        new(settings ?? Settings(), new FixedTime(Now), new ListLogger(_logs));

    private static SecuritySettings Settings() => new()
    {
        Region = "us-east-1",
        AccountId = "123456789012",
        AccessKeys =
        [
            new AccessKey(KeyId, Secret, UserArn,
            [
                PolicyDocument.Parse("""
                    {"Statement": [
                      {"Effect": "Allow", "Action": "sagemaker:InvokeEndpoint", "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/*",
                       "Condition": {"StringLike": {"sagemaker:TargetContainerHostname": ["customIps*", "common*"]}}},
                      {"Effect": "Deny", "Action": "sagemaker:*", "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/lung"}
                    ]}
                    """),
            ]),
        ],
    };

    private static AwsRequest Sign(string path, string hostname) => SigV4Signer.Sign(
        new AwsRequest("POST", path, "",
            [new("Host", "localhost:8080"), new("Content-Type", "text/csv"), new("X-Amzn-SageMaker-Target-Container-Hostname", hostname)],
            Encoding.UTF8.GetBytes("42,0.5")),
        KeyId, Secret, "us-east-1", "sagemaker", Now);

    private static (HttpContext Context, ReadOnlyMemory<byte> Body) Http(AwsRequest request)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = request.Method;
        context.Request.Path = PathString.FromUriComponent(request.Path);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = request.Path;
        foreach (var (name, value) in request.Headers)
            context.Request.Headers.Append(name, value);
        return (context, request.Body);
    }

    private sealed class ListLogger(List<string> lines) : ILogger<EndpointSecurity>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}

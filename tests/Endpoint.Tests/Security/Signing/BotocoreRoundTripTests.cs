using System.Text;
using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

/// <summary>The verifier accepts what boto3 and botocore sign for sagemaker, and rejects each kind of tampering.</summary>
public sealed class BotocoreRoundTripTests(BotocoreSignedRequests signed) : IClassFixture<BotocoreSignedRequests>
{
    private AwsRequest Direct => signed.Requests[0];

    private AwsRequest WithToken => signed.Requests[1];

    private AwsRequest EncodedPath => signed.Requests[2];

    [Fact]
    public void Boto3_invoke_endpoint_is_accepted()
    {
        var result = Authenticator().Authenticate(Direct);

        Assert.Null(result.Error);
        Assert.Equal("arn:aws:iam::123456789012:user/boto", result.Caller!.UserArn);
        // boto3 signs the SageMaker headers it sends, so tampering with them is caught below.
        Assert.Contains("x-amzn-sagemaker-target-container-hostname", Direct.Header("authorization"));
        Assert.Equal("/endpoints/churn/invocations", Direct.Path);
    }

    [Fact]
    public void Boto3_request_with_a_session_token_is_accepted_only_when_the_key_has_that_token()
    {
        Assert.True(Authenticator(BotocoreSignedRequests.SessionToken).Authenticate(WithToken).Succeeded);
        Assert.Equal("UnrecognizedClientException", Authenticator().Authenticate(WithToken).Error?.Code);
        Assert.Equal("UnrecognizedClientException", Authenticator("another-token").Authenticate(WithToken).Error?.Code);
        // A key with temporary credentials never accepts a request without its token.
        Assert.Equal("UnrecognizedClientException", Authenticator(BotocoreSignedRequests.SessionToken).Authenticate(Direct).Error?.Code);
    }

    [Fact]
    public void SigV4Auth_on_a_percent_encoded_path_is_accepted_because_the_path_is_encoded_twice()
    {
        Assert.True(Authenticator().Authenticate(EncodedPath).Succeeded);
        Assert.Equal("/endpoints/a%2520b/invocations", CanonicalRequest.CanonicalUri(EncodedPath.Path));
    }

    [Fact]
    public void Tampered_body_is_rejected()
    {
        var tampered = Direct with { Body = Encoding.UTF8.GetBytes("42,0.5,no") };

        var error = Authenticator().Authenticate(tampered).Error;

        Assert.Equal("InvalidSignatureException", error?.Code);
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", error!.Message);
    }

    [Fact]
    public void Tampered_signed_header_is_rejected()
    {
        var tampered = Direct.WithHeader("X-Amzn-SageMaker-Target-Container-Hostname", "secretModel");

        Assert.Equal("InvalidSignatureException", Authenticator().Authenticate(tampered).Error?.Code);
    }

    [Fact]
    public void Unsigned_header_may_change_without_breaking_the_signature()
    {
        // User-Agent is never signed by botocore (its SIGNED_HEADERS_BLACKLIST), so proxies may rewrite it.
        var changed = Direct.WithHeader("User-Agent", "something-else/1.0");

        Assert.True(Authenticator().Authenticate(changed).Succeeded);
    }

    [Fact]
    public void Tampered_path_is_rejected()
    {
        var tampered = Direct with { Path = "/endpoints/other/invocations" };

        Assert.Equal("InvalidSignatureException", Authenticator().Authenticate(tampered).Error?.Code);
    }

    [Fact]
    public void Tampered_date_is_rejected()
    {
        // One second later: still inside the clock-skew window, so only the signature can catch it.
        var tampered = Direct.WithHeader("X-Amz-Date", "20261126T120001Z");

        Assert.Equal("InvalidSignatureException", Authenticator().Authenticate(tampered).Error?.Code);
    }

    [Fact]
    public void Request_replayed_after_the_clock_skew_window_is_rejected_as_expired()
    {
        var later = new RequestAuthenticator(Settings(null), new FixedTime(BotocoreSignedRequests.SigningTime.AddMinutes(6)));

        var error = later.Authenticate(Direct).Error;

        // 12:06:00 - 5 min = 12:01:00, which the 12:00:00 request is earlier than.
        Assert.Equal(
            "Signature expired: 20261126T120000Z is now earlier than 20261126T120100Z (20261126T120600Z - 5 min.)",
            error?.Message);
    }

    private static SecuritySettings Settings(string? sessionToken) => new()
    {
        Region = "us-east-1",
        AccountId = "123456789012",
        AccessKeys =
        [
            new AccessKey(BotocoreSignedRequests.AccessKeyId, BotocoreSignedRequests.Secret, "arn:aws:iam::123456789012:user/boto", [])
            {
                SessionToken = sessionToken,
            },
        ],
    };

    private static RequestAuthenticator Authenticator(string? sessionToken = null) =>
        new(Settings(sessionToken), new FixedTime(BotocoreSignedRequests.SigningTime));
}

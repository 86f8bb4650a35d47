using System.Text;
using Solutions.Endpoint.Security;
using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

/// <summary>The checks around the signature itself, on requests signed by <see cref="SigV4Signer"/> (itself checked against AWS's vectors).</summary>
public sealed class RequestAuthenticatorTests
{
    private const string KeyId = "AKIDLOCAL";
    private const string Secret = "local/secret+KEY";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_request_signed_with_the_configured_key_is_accepted()
    {
        var result = Authenticator().Authenticate(Signed());

        Assert.Equal(new AuthenticatedCaller(KeyId, "arn:aws:iam::123456789012:user/local", []).AccessKeyId, result.Caller?.AccessKeyId);
    }

    [Theory]
    // Default skew 5 minutes: 5 min either side is still accepted, one second more is not.
    [InlineData(-300, null)]
    [InlineData(300, null)]
    [InlineData(-301, "Signature expired: 20261126T115459Z is now earlier than 20261126T115500Z (20261126T120000Z - 5 min.)")]
    [InlineData(301, "Signature not yet current: 20261126T120501Z is still later than 20261126T120500Z (20261126T120000Z + 5 min.)")]
    public void Clock_skew_beyond_the_limit_is_InvalidSignature(int offsetSeconds, string? message)
    {
        var error = Authenticator().Authenticate(Signed(Now.AddSeconds(offsetSeconds))).Error;

        Assert.Equal(message, error?.Message);
        if (message is not null)
            Assert.Equal("InvalidSignatureException", error!.Code);
    }

    [Fact]
    public void Clock_skew_limit_is_configurable()
    {
        var strict = new RequestAuthenticator(Settings() with { ClockSkew = TimeSpan.FromSeconds(30) }, new FixedTime(Now));

        Assert.True(strict.Authenticate(Signed(Now.AddSeconds(30))).Succeeded);
        Assert.StartsWith("Signature not yet current", strict.Authenticate(Signed(Now.AddSeconds(31))).Error?.Message);
    }

    [Fact]
    public void Unknown_access_key_is_UnrecognizedClient()
    {
        var request = SigV4Signer.Sign(Unsigned(), "AKIDUNKNOWN", Secret, "us-east-1", "sagemaker", Now);

        Assert.Equal(AwsError.UnrecognizedClient("The security token included in the request is invalid."), Authenticator().Authenticate(request).Error);
    }

    [Fact]
    public void Wrong_secret_is_InvalidSignature()
    {
        var request = SigV4Signer.Sign(Unsigned(), KeyId, "not-the-secret", "us-east-1", "sagemaker", Now);

        Assert.Equal("InvalidSignatureException", Authenticator().Authenticate(request).Error?.Code);
    }

    [Fact]
    public void Missing_Authorization_is_MissingAuthenticationToken_unless_unsigned_requests_are_allowed()
    {
        Assert.Equal(AwsError.MissingAuthenticationToken("Missing Authentication Token"), Authenticator().Authenticate(Unsigned()).Error);

        var local = new RequestAuthenticator(Settings() with { AllowUnsignedRequests = true }, new FixedTime(Now));
        Assert.True(local.Authenticate(Unsigned()).Caller!.IsAnonymous);
        // Allowing unsigned requests does not make a bad signature acceptable.
        Assert.Equal("InvalidSignatureException", local.Authenticate(Signed().WithHeader("Host", "elsewhere")).Error?.Code);
    }

    [Fact]
    public void Presigned_query_string_authentication_is_rejected_with_a_clear_message()
    {
        var presigned = Unsigned() with { Query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDLOCAL%2F20261126&X-Amz-Signature=00" };

        var error = Authenticator().Authenticate(presigned).Error;

        Assert.Equal("IncompleteSignature", error?.Code);
        Assert.Contains("presigned URL", error!.Message);
    }

    [Fact]
    public void Host_must_be_signed()
    {
        var request = Signed();
        var authorization = request.Header("authorization")!.Replace("SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=content-type;x-amz-date");

        var error = Authenticator().Authenticate(request.WithHeader("Authorization", authorization)).Error;

        Assert.Equal(AwsError.IncompleteSignature("'Host' must be a 'SignedHeader' in the AWS Authorization."), error);
    }

    [Fact]
    public void Missing_date_is_IncompleteSignature()
    {
        var request = Signed();
        request = request with { Headers = [.. request.Headers.Where(h => h.Key != "X-Amz-Date")] };

        Assert.Contains("'X-Amz-Date' or a 'Date' header", Authenticator().Authenticate(request).Error?.Message);
    }

    [Fact]
    public void Credential_scope_date_must_match_the_request_date()
    {
        var request = Signed();
        var authorization = request.Header("authorization")!.Replace("/20261126/", "/20261125/");

        var error = Authenticator().Authenticate(request.WithHeader("Authorization", authorization)).Error;

        Assert.Equal(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261125' != '20261126', from '20261126T120000Z'.",
            error?.Message);
    }

    [Theory]
    [InlineData("us-west-2", "sagemaker", "Credential should be scoped to a valid region: 'us-east-1', not 'us-west-2'.")]
    [InlineData("us-east-1", "s3", "Credential should be scoped to correct service: 'sagemaker', not 's3'.")]
    public void Credential_scope_must_name_this_region_and_service(string region, string service, string message)
    {
        var request = SigV4Signer.Sign(Unsigned(), KeyId, Secret, region, service, Now);

        Assert.Equal(AwsError.InvalidSignature(message), Authenticator().Authenticate(request).Error);
    }

    [Fact]
    public void Date_header_is_accepted_when_there_is_no_X_Amz_Date()
    {
        // Sign by hand with the RFC 1123 Date header: the string to sign still carries the ISO 8601 basic form.
        var request = Unsigned().WithHeader("Date", "Thu, 26 Nov 2026 12:00:00 GMT");
        string[] signedHeaders = ["content-type", "date", "host"];
        var canonical = CanonicalRequest.Build(request, signedHeaders, SigV4Signer.Sha256Hex(request.Body.Span));
        var stringToSign = SigV4Signer.StringToSign("20261126T120000Z", "20261126/us-east-1/sagemaker/aws4_request", canonical);
        var signature = SigV4Signer.Signature(SigV4Signer.DeriveSigningKey(Secret, "20261126", "us-east-1", "sagemaker"), stringToSign);
        request = request.WithHeader("Authorization",
            $"AWS4-HMAC-SHA256 Credential={KeyId}/20261126/us-east-1/sagemaker/aws4_request, SignedHeaders=content-type;date;host, Signature={signature}");

        Assert.True(Authenticator().Authenticate(request).Succeeded);
    }

    [Fact]
    public void Declared_payload_hash_must_match_the_body()
    {
        var hash = SigV4Signer.Sha256Hex(Encoding.UTF8.GetBytes("1,2,3"));
        var declared = SigV4Signer.Sign(Unsigned().WithHeader("X-Amz-Content-SHA256", hash), KeyId, Secret, "us-east-1", "sagemaker", Now);

        Assert.True(Authenticator().Authenticate(declared).Succeeded);
        var swapped = declared with { Body = Encoding.UTF8.GetBytes("9,9,9") };
        Assert.Equal("The provided 'x-amz-content-sha256' header does not match what was computed.",
            Authenticator().Authenticate(swapped).Error?.Message);
    }

    [Fact]
    public void Signed_header_absent_from_the_request_is_named()
    {
        var request = Signed();
        request = request with { Headers = [.. request.Headers.Where(h => h.Key != "Content-Type")] };

        Assert.Equal("Signed header 'content-type' is not present in the request.", Authenticator().Authenticate(request).Error?.Message);
    }

    [Fact]
    public void Mismatch_message_shows_the_canonical_request_but_not_the_session_token()
    {
        const string token = "TOKEN-that-is-a-credential";
        var settings = Settings() with { AccessKeys = [Key() with { SessionToken = token }] };
        var request = SigV4Signer.Sign(Unsigned(), KeyId, Secret, "us-east-1", "sagemaker", Now, token) with { Body = Encoding.UTF8.GetBytes("x") };

        var message = new RequestAuthenticator(settings, new FixedTime(Now)).Authenticate(request).Error!.Message;

        Assert.Contains("POST\n/endpoints/churn/invocations\n", message);
        Assert.Contains("x-amz-security-token:<redacted>", message);
        Assert.DoesNotContain(token, message);
        Assert.DoesNotContain(Secret, message);
    }

    private static AccessKey Key() => new(KeyId, Secret, "arn:aws:iam::123456789012:user/local", []);

    private static SecuritySettings Settings() => new() { Region = "us-east-1", AccountId = "123456789012", AccessKeys = [Key()] };

    private static RequestAuthenticator Authenticator() => new(Settings(), new FixedTime(Now));

    private static AwsRequest Unsigned() => new(
        "POST",
        "/endpoints/churn/invocations",
        "",
        [new("Host", "localhost:8080"), new("Content-Type", "text/csv")],
        Encoding.UTF8.GetBytes("1,2,3"));

    private static AwsRequest Signed(DateTimeOffset? at = null) =>
        SigV4Signer.Sign(Unsigned(), KeyId, Secret, "us-east-1", "sagemaker", at ?? Now);
}

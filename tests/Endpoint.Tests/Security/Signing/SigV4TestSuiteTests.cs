using System.Text;
using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

/// <summary>
/// Vectors from AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite): key AKIDEXAMPLE, secret
/// wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1, service "service", time 2015-08-30T12:36:00Z. The
/// expected signatures are the suite's, not computed here.
/// </summary>
public sealed class SigV4TestSuiteTests
{
    private const string AccessKeyId = "AKIDEXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Scope = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    private const string SessionToken =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    public static TheoryData<string, string, string, string[], string, string, string> Vectors => new()
    {
        // name, method, path, query, headers (name:value), body, signed headers, signature
        { "get-vanilla", "GET", "/", [], "", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "get-vanilla-query-order-key-case", "GET", "/?Param2=value2&Param1=value1", [], "", "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500" },
        { "post-x-www-form-urlencoded", "POST", "/", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1", "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a" },
        { "get-header-key-duplicate", "GET", "/", ["My-Header1:value2", "My-Header1:value2", "My-Header1:value1"], "", "host;my-header1;x-amz-date", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Signer_reproduces_the_suite_signature(string name, string method, string target, string[] headers, string body, string signedHeaders, string signature)
    {
        var signed = SigV4Signer.Sign(Request(method, target, headers, body), AccessKeyId, Secret, "us-east-1", "service", SuiteTime);

        Assert.True(
            $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders={signedHeaders}, Signature={signature}" == signed.Header("authorization"),
            $"{name}: got {signed.Header("authorization")}");
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Authenticator_accepts_the_suite_request_and_rejects_a_changed_signature(
        string name, string method, string target, string[] headers, string body, string signedHeaders, string signature)
    {
        var authorization = $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        var request = Request(method, target, headers, body) with { };
        request = request with { Headers = [.. request.Headers, new("X-Amz-Date", "20150830T123600Z"), new("Authorization", authorization)] };

        Assert.True(Authenticator().Authenticate(request).Succeeded, name);

        // Flip the last hex digit: a one-bit change in the signature must fail.
        var forged = request.WithHeader("Authorization", authorization[..^1] + (authorization[^1] == '0' ? '1' : '0'));
        Assert.Equal("InvalidSignatureException", Authenticator().Authenticate(forged).Error?.Code);
    }

    [Fact]
    public void Post_sts_header_after_signs_the_session_token()
    {
        // Suite vector post-sts-header-after: the token is added before signing, so it is a signed header.
        var signed = SigV4Signer.Sign(Request("POST", "/", [], ""), AccessKeyId, Secret, "us-east-1", "service", SuiteTime, SessionToken);

        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders=host;x-amz-date;x-amz-security-token, " +
            "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead",
            signed.Header("authorization"));
        var settings = Settings() with
        {
            AccessKeys = [new AccessKey(AccessKeyId, Secret, "arn:aws:iam::123456789012:user/suite", []) { SessionToken = SessionToken }],
        };
        Assert.True(new RequestAuthenticator(settings, new FixedTime(SuiteTime)).Authenticate(signed).Succeeded);
    }

    [Fact]
    public void Get_vanilla_canonical_request_and_string_to_sign_match_the_suite()
    {
        var request = Request("GET", "/", ["X-Amz-Date:20150830T123600Z"], "");
        var canonical = CanonicalRequest.Build(request, ["host", "x-amz-date"], SigV4Signer.Sha256Hex([]));

        Assert.Equal(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" +
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" +
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            SigV4Signer.StringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonical));
    }

    private static AwsRequest Request(string method, string target, string[] headers, string body)
    {
        var question = target.IndexOf('?');
        return new AwsRequest(
            method,
            question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..],
            [new("Host", "example.amazonaws.com"), .. headers.Select(h => new KeyValuePair<string, string>(h[..h.IndexOf(':')], h[(h.IndexOf(':') + 1)..]))],
            Encoding.UTF8.GetBytes(body));
    }

    private static SecuritySettings Settings() => new()
    {
        Region = "us-east-1",
        SigningName = "service",
        AccessKeys = [new AccessKey(AccessKeyId, Secret, "arn:aws:iam::123456789012:user/suite", [])],
    };

    private static RequestAuthenticator Authenticator() => new(Settings(), new FixedTime(SuiteTime));
}

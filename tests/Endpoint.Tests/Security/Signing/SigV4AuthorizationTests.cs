using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

public sealed class SigV4AuthorizationTests
{
    private const string Signature = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    [Fact]
    public void Parses_the_parts_an_SDK_sends()
    {
        var parsed = SigV4Authorization.TryParse(
            $"AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sagemaker/aws4_request, SignedHeaders=host;x-amz-date, Signature={Signature}",
            out var error);

        Assert.Null(error);
        Assert.Equal(
            new SigV4Authorization("AKID", "20261126", "us-east-1", "sagemaker", "aws4_request", parsed!.SignedHeaders, Signature),
            parsed);
        Assert.Equal(["host", "x-amz-date"], parsed.SignedHeaders);
        Assert.Equal("20261126/us-east-1/sagemaker/aws4_request", parsed.CredentialScope);
    }

    [Theory]
    [InlineData("Bearer abc", "Unsupported Authorization scheme 'Bearer'")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sagemaker/aws4_request", "Authorization header requires 'SignedHeaders' parameter. Authorization header requires 'Signature' parameter.")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1, SignedHeaders=host, Signature=" + Signature, "Credential should have 5 slash-separated parts")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sagemaker/aws4_request, SignedHeaders=Host, Signature=" + Signature, "SignedHeaders should be lower-case")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=xyz", "Signature should be 64 hexadecimal digits.")]
    [InlineData("AWS4-HMAC-SHA256 garbage", "is not of the form Name=Value")]
    public void Garbled_headers_are_IncompleteSignature_with_a_reason(string header, string reason)
    {
        Assert.Null(SigV4Authorization.TryParse(header, out var error));
        Assert.Equal("IncompleteSignature", error!.Code);
        Assert.Equal(403, error.Status);
        Assert.Contains(reason, error.Message);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Solutions.Endpoint.Security.Signing;

/// <summary>
/// The signing half of SigV4, as the AWS SDKs do it. The verifier uses its key derivation and string to sign;
/// tests and local clients use <see cref="Sign"/> to produce requests the host accepts.
/// </summary>
public static class SigV4Signer
{
    /// <summary>The <c>x-amz-date</c> format, ISO 8601 basic, UTC.</summary>
    public const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The signing key: HMAC chain <c>"AWS4"+secret → date → region → service → "aws4_request"</c>.</summary>
    public static byte[] DeriveSigningKey(string secretAccessKey, string scopeDate, string region, string service)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), scopeDate);
        key = Hmac(key, region);
        key = Hmac(key, service);
        return Hmac(key, "aws4_request");
    }

    /// <summary>The string to sign: algorithm, request time, credential scope and the hex SHA-256 of the canonical request.</summary>
    public static string StringToSign(string amzDate, string credentialScope, string canonicalRequest) =>
        $"{SigV4Authorization.Algorithm}\n{amzDate}\n{credentialScope}\n{Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest))}";

    /// <summary>The lower-case hex HMAC-SHA256 of <paramref name="stringToSign"/> under <paramref name="signingKey"/>.</summary>
    public static string Signature(byte[] signingKey, string stringToSign) => Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>
    /// Signs <paramref name="request"/> as an SDK would: sets <c>X-Amz-Date</c> (and <c>X-Amz-Security-Token</c> when
    /// given), signs every header present (which must include <c>Host</c>) and adds the <c>Authorization</c> header.
    /// </summary>
    public static AwsRequest Sign(
        AwsRequest request,
        string accessKeyId,
        string secretAccessKey,
        string region,
        string service,
        DateTimeOffset time,
        string? sessionToken = null)
    {
        var amzDate = time.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);
        var signed = request.WithHeader("X-Amz-Date", amzDate);
        if (sessionToken is not null)
            signed = signed.WithHeader("X-Amz-Security-Token", sessionToken);
        if (signed.Header("host") is null)
            throw new ArgumentException("The request needs a Host header to be signed.", nameof(request));

        var signedHeaders = signed.Headers.Select(h => h.Key.ToLowerInvariant())
            .Where(name => name != "authorization")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var payloadHash = signed.Header("x-amz-content-sha256") ?? Sha256Hex(signed.Body.Span);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var stringToSign = StringToSign(amzDate, scope, CanonicalRequest.Build(signed, signedHeaders, payloadHash));
        var signature = Signature(DeriveSigningKey(secretAccessKey, amzDate[..8], region, service), stringToSign);
        return signed.WithHeader(
            "Authorization",
            $"{SigV4Authorization.Algorithm} Credential={accessKeyId}/{scope}, SignedHeaders={string.Join(';', signedHeaders)}, Signature={signature}");
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}

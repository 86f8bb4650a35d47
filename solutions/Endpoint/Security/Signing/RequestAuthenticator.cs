using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Security.Signing;

/// <summary>
/// Verifies AWS Signature Version 4 <c>Authorization</c> headers against the configured access keys, the way AWS
/// services do: credential scope, signed host and date, clock skew, session tokens, then a constant-time comparison
/// of the signature.
/// </summary>
public sealed class RequestAuthenticator(SecuritySettings settings, TimeProvider time)
{
    private const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    private const string InvalidToken = "The security token included in the request is invalid.";
    private static readonly string[] PresignParameters = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature"];

    private readonly Dictionary<string, AccessKey> _keys = settings.AccessKeys.ToDictionary(k => k.AccessKeyId, StringComparer.Ordinal);

    /// <summary>Authenticates a request with its body (the body's SHA-256 is part of what was signed).</summary>
    public AuthenticationResult Authenticate(AwsRequest request)
    {
        var authorizationHeaders = request.HeaderValues("authorization").ToList();
        if (authorizationHeaders.Count == 0)
            return Unsigned(request);
        if (authorizationHeaders.Count > 1)
            return Fail(AwsError.IncompleteSignature("The request carries more than one Authorization header."));

        var authorization = SigV4Authorization.TryParse(authorizationHeaders[0], out var parseError);
        if (authorization is null)
            return Fail(parseError!);

        return CheckScope(authorization)
            ?? (_keys.TryGetValue(authorization.AccessKeyId, out var key) ? Verify(request, authorization, key) : Fail(AwsError.UnrecognizedClient(InvalidToken)));
    }

    private AuthenticationResult Unsigned(AwsRequest request)
    {
        var query = request.Query.Split('&').Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]));
        if (query.Any(name => PresignParameters.Contains(name, StringComparer.OrdinalIgnoreCase)))
            return Fail(AwsError.IncompleteSignature(
                "Query-string (presigned URL) authentication is not supported by this endpoint; " +
                "sign InvokeEndpoint requests with an AWS4-HMAC-SHA256 Authorization header, as the AWS SDKs and CLI do."));
        return settings.AllowUnsignedRequests
            ? AuthenticationResult.Success(AuthenticatedCaller.Anonymous)
            : Fail(AwsError.MissingAuthenticationToken("Missing Authentication Token"));
    }

    private AuthenticationResult? CheckScope(SigV4Authorization authorization)
    {
        if (authorization.Terminator != "aws4_request")
            return Fail(AwsError.IncompleteSignature(
                $"Credential should be scoped with a valid terminator: 'aws4_request', not '{authorization.Terminator}'."));
        if (authorization.Service != settings.SigningName)
            return Fail(AwsError.InvalidSignature(
                $"Credential should be scoped to correct service: '{settings.SigningName}', not '{authorization.Service}'."));
        if (authorization.Region != settings.Region)
            return Fail(AwsError.InvalidSignature(
                $"Credential should be scoped to a valid region: '{settings.Region}', not '{authorization.Region}'."));
        return null;
    }

    private AuthenticationResult Verify(AwsRequest request, SigV4Authorization authorization, AccessKey key)
    {
        var signed = authorization.SignedHeaders.ToHashSet(StringComparer.Ordinal);
        if (!signed.Contains("host"))
            return Fail(AwsError.IncompleteSignature("'Host' must be a 'SignedHeader' in the AWS Authorization."));

        var dateError = ReadRequestTime(request, signed, out var amzDate, out var requestTime);
        if (dateError is not null)
            return Fail(dateError);
        if (authorization.ScopeDate != amzDate[..8])
            return Fail(AwsError.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: " +
                $"'{authorization.ScopeDate}' != '{amzDate[..8]}', from '{amzDate}'."));

        var skewError = CheckClockSkew(requestTime);
        if (skewError is not null)
            return Fail(skewError);

        var tokenError = CheckSessionToken(request, signed, key);
        if (tokenError is not null)
            return Fail(tokenError);

        var missing = authorization.SignedHeaders.FirstOrDefault(name => request.Header(name) is null);
        if (missing is not null)
            return Fail(AwsError.IncompleteSignature($"Signed header '{missing}' is not present in the request."));

        var bodyHash = SigV4Signer.Sha256Hex(request.Body.Span);
        var declaredHash = request.Header("x-amz-content-sha256");
        if (declaredHash is not null && declaredHash != UnsignedPayload && !string.Equals(declaredHash, bodyHash, StringComparison.OrdinalIgnoreCase))
            return Fail(AwsError.InvalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed."));

        var canonical = CanonicalRequest.Build(request, authorization.SignedHeaders, declaredHash ?? bodyHash);
        var stringToSign = SigV4Signer.StringToSign(amzDate, authorization.CredentialScope, canonical);
        var signingKey = SigV4Signer.DeriveSigningKey(key.SecretAccessKey, authorization.ScopeDate, authorization.Region, authorization.Service);
        var expected = SigV4Signer.Signature(signingKey, stringToSign);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature)))
            return Fail(AwsError.InvalidSignature(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key " +
                "and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'" +
                RedactSessionToken(canonical) + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n"));

        return AuthenticationResult.Success(new AuthenticatedCaller(key.AccessKeyId, key.UserArn, key.Policies));
    }

    // SigV4 allows X-Amz-Date or, failing that, Date (RFC 1123); either way it must be signed.
    private static AwsError? ReadRequestTime(AwsRequest request, HashSet<string> signed, out string amzDate, out DateTimeOffset requestTime)
    {
        amzDate = "";
        requestTime = default;
        var xAmzDate = request.Header("x-amz-date");
        if (xAmzDate is not null)
        {
            if (!signed.Contains("x-amz-date"))
                return AwsError.IncompleteSignature("'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
            if (!DateTimeOffset.TryParseExact(xAmzDate, SigV4Signer.AmzDateFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out requestTime))
                return AwsError.IncompleteSignature(
                    $"X-Amz-Date must be in the ISO-8601 basic format yyyyMMdd'T'HHmmss'Z', e.g. 20261126T120000Z; got '{xAmzDate}'.");
            amzDate = xAmzDate;
            return null;
        }

        var date = request.Header("date");
        if (date is null)
            return AwsError.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        if (!signed.Contains("date"))
            return AwsError.IncompleteSignature("'Date' must be a 'SignedHeader' in the AWS Authorization.");
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out requestTime))
            return AwsError.IncompleteSignature($"Date must be an RFC 1123 date, e.g. 'Thu, 26 Nov 2026 12:00:00 GMT'; got '{date}'.");
        amzDate = requestTime.UtcDateTime.ToString(SigV4Signer.AmzDateFormat, CultureInfo.InvariantCulture);
        return null;
    }

    private AwsError? CheckClockSkew(DateTimeOffset requestTime)
    {
        var now = time.GetUtcNow();
        var minutes = settings.ClockSkew.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        if (requestTime < now - settings.ClockSkew)
            return AwsError.InvalidSignature(
                $"Signature expired: {Stamp(requestTime)} is now earlier than {Stamp(now - settings.ClockSkew)} ({Stamp(now)} - {minutes} min.)");
        if (requestTime > now + settings.ClockSkew)
            return AwsError.InvalidSignature(
                $"Signature not yet current: {Stamp(requestTime)} is still later than {Stamp(now + settings.ClockSkew)} ({Stamp(now)} + {minutes} min.)");
        return null;
    }

    private static AwsError? CheckSessionToken(AwsRequest request, HashSet<string> signed, AccessKey key)
    {
        var token = request.Header("x-amz-security-token");
        if (token is null && key.SessionToken is null)
            return null;
        if (token is null || key.SessionToken is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(key.SessionToken)))
            return AwsError.UnrecognizedClient(InvalidToken);
        return signed.Contains("x-amz-security-token")
            ? null
            : AwsError.IncompleteSignature("'X-Amz-Security-Token' must be a 'SignedHeader' in the AWS Authorization.");
    }

    // The canonical request is returned to the client to debug its signer, but the token is a credential.
    private static string RedactSessionToken(string canonical) =>
        string.Join('\n', canonical.Split('\n').Select(line =>
            line.StartsWith("x-amz-security-token:", StringComparison.Ordinal) ? "x-amz-security-token:<redacted>" : line));

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString(SigV4Signer.AmzDateFormat, CultureInfo.InvariantCulture);

    private static AuthenticationResult Fail(AwsError error) => AuthenticationResult.Failure(error);
}

namespace Solutions.Endpoint.Security;

/// <summary>
/// A failure as the AWS SDKs parse it: the routing layer writes <see cref="Code"/> as header
/// <c>x-amzn-ErrorType</c>, <see cref="Status"/> as the HTTP status and <see cref="Message"/> as the JSON
/// body <c>{"message": ...}</c>. Messages never carry a secret access key or a session token.
/// </summary>
public sealed record AwsError(string Code, int Status, string Message)
{
    /// <summary>No Authorization header (and unsigned access is not allowed).</summary>
    public static AwsError MissingAuthenticationToken(string message) => new("MissingAuthenticationToken", 403, message);

    /// <summary>An Authorization header that is garbled, incomplete or uses a scheme this host does not accept.</summary>
    public static AwsError IncompleteSignature(string message) => new("IncompleteSignature", 403, message);

    /// <summary>A well-formed signature that does not verify, is out of the clock-skew window or has the wrong scope.</summary>
    public static AwsError InvalidSignature(string message) => new("InvalidSignatureException", 403, message);

    /// <summary>An unknown access key id or a session token that does not belong to the key.</summary>
    public static AwsError UnrecognizedClient(string message) => new("UnrecognizedClientException", 403, message);

    /// <summary>An authenticated caller whose policies do not allow the action.</summary>
    public static AwsError AccessDenied(string message) => new("AccessDeniedException", 403, message);
}

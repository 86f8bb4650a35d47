namespace Solutions.Endpoint.Security.Signing;

/// <summary>
/// The parts of an <c>Authorization: AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sagemaker/aws4_request,
/// SignedHeaders=host;x-amz-date, Signature=...</c> header.
/// </summary>
/// <param name="AccessKeyId">The caller's access key id.</param>
/// <param name="ScopeDate">The credential scope's date, <c>yyyyMMdd</c>.</param>
/// <param name="Region">The credential scope's region.</param>
/// <param name="Service">The credential scope's service (signing name).</param>
/// <param name="Terminator">The credential scope's terminator, always <c>aws4_request</c> for a valid signature.</param>
/// <param name="SignedHeaders">Lower-case names of the headers the client signed, as listed.</param>
/// <param name="Signature">Lower-case hex HMAC-SHA256 signature.</param>
public sealed record SigV4Authorization(
    string AccessKeyId,
    string ScopeDate,
    string Region,
    string Service,
    string Terminator,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary><c>date/region/service/aws4_request</c>, the scope line of the string to sign.</summary>
    public string CredentialScope => $"{ScopeDate}/{Region}/{Service}/{Terminator}";

    /// <summary>Parses the header, or explains in <paramref name="error"/> (an <c>IncompleteSignature</c>) why it cannot.</summary>
    public static SigV4Authorization? TryParse(string header, out AwsError? error)
    {
        error = null;
        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ');
        var algorithm = space < 0 ? trimmed : trimmed[..space];
        if (algorithm != Algorithm)
        {
            error = AwsError.IncompleteSignature(
                $"Unsupported Authorization scheme '{algorithm}': this endpoint accepts only {Algorithm} (AWS Signature Version 4).");
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in trimmed[(space + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                error = AwsError.IncompleteSignature($"Authorization header parameter '{part}' is not of the form Name=Value.");
                return null;
            }
            parameters[part[..equals]] = part[(equals + 1)..];
        }

        var missing = new[] { "Credential", "SignedHeaders", "Signature" }.Where(name => !parameters.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            error = AwsError.IncompleteSignature(string.Join(" ", missing.Select(name => $"Authorization header requires '{name}' parameter.")));
            return null;
        }

        var credential = parameters["Credential"].Split('/');
        if (credential.Length != 5 || credential.Any(part => part.Length == 0))
        {
            error = AwsError.IncompleteSignature(
                $"Credential should have 5 slash-separated parts (keyid/date/region/service/aws4_request), got '{parameters["Credential"]}'.");
            return null;
        }

        var signedHeaders = parameters["SignedHeaders"].Split(';');
        if (signedHeaders.Any(name => name.Length == 0 || name != name.ToLowerInvariant()))
        {
            error = AwsError.IncompleteSignature(
                $"SignedHeaders should be lower-case header names separated by ';', got '{parameters["SignedHeaders"]}'.");
            return null;
        }

        var signature = parameters["Signature"];
        if (signature.Length != 64 || !signature.All(char.IsAsciiHexDigit))
        {
            error = AwsError.IncompleteSignature("Signature should be 64 hexadecimal digits.");
            return null;
        }

        return new SigV4Authorization(
            credential[0], credential[1], credential[2], credential[3], credential[4], signedHeaders, signature.ToLowerInvariant());
    }
}

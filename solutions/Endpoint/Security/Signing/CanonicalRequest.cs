using System.Text;

namespace Solutions.Endpoint.Security.Signing;

/// <summary>
/// SigV4's canonical request, built the way the AWS SDKs build it for services other than S3
/// (botocore <c>SigV4Auth.canonical_request</c>, the JavaScript and Java signers alike).
/// </summary>
public static class CanonicalRequest
{
    /// <summary>
    /// The canonical request: method, canonical URI, canonical query, canonical headers, signed headers
    /// and the payload hash, one per line.
    /// </summary>
    /// <param name="request">The request as received.</param>
    /// <param name="signedHeaders">Lower-case header names the client signed.</param>
    /// <param name="payloadHash">Lower-case hex SHA-256 of the body, or the client's <c>x-amz-content-sha256</c>.</param>
    public static string Build(AwsRequest request, IReadOnlyList<string> signedHeaders, string payloadHash)
    {
        var sorted = signedHeaders.Order(StringComparer.Ordinal).ToList();
        var builder = new StringBuilder(256);
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalUri(request.Path)).Append('\n');
        builder.Append(CanonicalQuery(request.Query)).Append('\n');
        foreach (var name in sorted)
            builder.Append(name).Append(':').Append(string.Join(',', request.HeaderValues(name).Select(CanonicalHeaderValue))).Append('\n');
        builder.Append('\n');
        builder.Append(string.Join(';', sorted)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>
    /// The canonical URI of a path as sent on the wire. Dot segments and empty segments are removed and the
    /// already percent-encoded path is encoded once more (<c>%</c> becomes <c>%25</c>): non-S3 services
    /// double-encode, exactly as botocore's <c>quote(remove_dot_segments(path), safe='/~')</c>.
    /// </summary>
    public static string CanonicalUri(string wirePath) => UriEncoding.Encode(RemoveDotSegments(wirePath), keepSlash: true);

    /// <summary>
    /// The canonical query: each name and value decoded then encoded per RFC 3986, sorted by name then value,
    /// joined with <c>&amp;</c>.
    /// </summary>
    public static string CanonicalQuery(string wireQuery)
    {
        var pairs = wireQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=');
                var name = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? "" : pair[(equals + 1)..];
                return (Name: UriEncoding.Encode(Uri.UnescapeDataString(name), keepSlash: false),
                        Value: UriEncoding.Encode(Uri.UnescapeDataString(value), keepSlash: false));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>A header value trimmed, with every run of whitespace collapsed to one space.</summary>
    public static string CanonicalHeaderValue(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // RFC 3986 section 5.2.4, plus the collapsing of repeated slashes that AWS services expect.
    private static string RemoveDotSegments(string path)
    {
        if (path.Length == 0)
            return "/";
        var output = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
                continue;
            if (segment == "..")
            {
                if (output.Count > 0)
                    output.RemoveAt(output.Count - 1);
            }
            else
            {
                output.Add(segment);
            }
        }
        var first = path[0] == '/' ? "/" : "";
        var last = path[^1] == '/' && output.Count > 0 ? "/" : "";
        return first + string.Join('/', output) + last;
    }
}

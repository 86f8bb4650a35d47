namespace Solutions.Endpoint.Security.Signing;

/// <summary>
/// An HTTP request as it arrived, in the terms SigV4 signs it: the path and query exactly as sent on the
/// wire (still percent-encoded), every header line, and the body bytes.
/// </summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The request path as sent, percent-encoded, e.g. <c>/endpoints/churn/invocations</c>.</param>
/// <param name="Query">The query string as sent, without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Headers">Every header line; a name may repeat.</param>
/// <param name="Body">The request body.</param>
public sealed record AwsRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>The values of every header line named <paramref name="name"/> (case-insensitive), in arrival order.</summary>
    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    /// <summary>The single value of header <paramref name="name"/>, or null when absent.</summary>
    public string? Header(string name) => HeaderValues(name).FirstOrDefault();

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>, replacing any earlier lines of that name.</summary>
    public AwsRequest WithHeader(string name, string value) => this with
    {
        Headers = [.. Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)), new(name, value)],
    };
}

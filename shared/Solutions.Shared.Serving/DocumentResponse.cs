namespace Solutions.Shared.Serving;

/// <summary>What an <see cref="IDocumentPredictor"/> answers: the response body, sent as is, and its Content-Type.</summary>
/// <param name="Body">The response body; it may be empty.</param>
/// <param name="ContentType">The body's media type, e.g. <c>application/json</c>; a JSON or CSV answer can feed a tabular model next in a serial pipeline.</param>
public sealed record DocumentResponse(ReadOnlyMemory<byte> Body, string ContentType);

namespace Solutions.Shared.Serving;

/// <summary>One document to answer, as <see cref="IDocumentPredictor.Predict"/> receives it.</summary>
/// <param name="Body">The request body, never empty; it is only valid during the call (the host reuses its buffer).</param>
/// <param name="ContentType">The body's media type: the entry of <see cref="IDocumentPredictor.ContentTypes"/> the request's Content-Type matched.</param>
/// <param name="Accept">The media type to answer in: the entry of <see cref="IDocumentPredictor.AcceptTypes"/> the request's Accept chose.</param>
/// <param name="CustomAttributes">The caller's <c>X-Amzn-SageMaker-Custom-Attributes</c>, verbatim; null when absent.</param>
public sealed record DocumentRequest(ReadOnlyMemory<byte> Body, string ContentType, string Accept, string? CustomAttributes);

namespace Solutions.Shared.Serving.Hosting;

/// <summary>What the headers of a document request decided before the body is read.</summary>
/// <param name="ContentType">The predictor's media type the body is taken to be.</param>
/// <param name="Accept">The predictor's media type to answer in.</param>
/// <param name="CustomAttributes">The caller's custom attributes, passed on verbatim.</param>
internal sealed record NegotiatedDocument(string ContentType, string Accept, string? CustomAttributes);

using Solutions.Shared.Serving.Requests;

namespace Solutions.Shared.Serving.Hosting;

/// <summary>What the headers decided before the body is read, for a tabular model (<see cref="Rows"/>) or a document model.</summary>
/// <param name="Rows">The formats of a tabular request; unused when <paramref name="Document"/> is set.</param>
/// <param name="Document">The media types of a document request; null for a tabular model.</param>
internal readonly record struct NegotiatedInvocation(NegotiatedFormats Rows, NegotiatedDocument? Document);

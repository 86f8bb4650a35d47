namespace Solutions.Shared.Serving;

/// <summary>One <c>/invocations</c> request as the serving contract sees it: the body and the headers that shape it.</summary>
/// <param name="Body">The payload: UTF-8 rows for an <see cref="IPredictor"/> (a leading byte-order mark is skipped), any bytes for an <see cref="IDocumentPredictor"/>.</param>
/// <param name="ContentType">The request's Content-Type; null means sniff rows (JSON when the body opens with '{' or '[', else CSV), or a document model's first type.</param>
/// <param name="Accept">The Accept header; null means answer rows in the request's format, or in a document model's first type.</param>
/// <param name="EnableExplanations">The <c>X-Amzn-SageMaker-Enable-Explanations</c> header, e.g. <c>`true`</c>; null for scores only. Document models ignore it.</param>
/// <param name="CustomAttributes">The <c>X-Amzn-SageMaker-Custom-Attributes</c> header, handed to a document model verbatim.</param>
public sealed record InvocationRequest(
    ReadOnlyMemory<byte> Body,
    string? ContentType = null,
    string? Accept = null,
    string? EnableExplanations = null,
    string? CustomAttributes = null);

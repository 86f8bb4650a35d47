namespace Solutions.Shared.Serving;

/// <summary>One <c>/invocations</c> request as the serving contract sees it: the body and the headers that shape it.</summary>
/// <param name="Body">The UTF-8 payload (a leading byte-order mark is skipped).</param>
/// <param name="ContentType">The request's Content-Type; null means sniff: JSON when the body opens with '{' or '[', else CSV.</param>
/// <param name="Accept">The Accept header; null means answer in the request's format.</param>
/// <param name="EnableExplanations">The <c>X-Amzn-SageMaker-Enable-Explanations</c> header, e.g. <c>`true`</c>; null for scores only.</param>
public sealed record InvocationRequest(
    ReadOnlyMemory<byte> Body, string? ContentType = null, string? Accept = null, string? EnableExplanations = null);

namespace Solutions.Endpoint.Invocation;

/// <summary>What <see cref="RequestLog"/> writes about one request.</summary>
/// <param name="InferenceId">The caller's <c>X-Amzn-SageMaker-Inference-Id</c>, else <paramref name="RequestId"/>.</param>
/// <param name="RequestId">The host's <c>x-amzn-RequestId</c>.</param>
/// <param name="Endpoint">The endpoint named in the path.</param>
/// <param name="Variant">Its variant, empty for an unknown endpoint.</param>
/// <param name="Container">The container that answered or failed; null when none was reached.</param>
/// <param name="Status">The HTTP status sent.</param>
/// <param name="ErrorCode">The <c>x-amzn-ErrorType</c> sent, null on success.</param>
/// <param name="Latency">The whole request, as the host saw it.</param>
/// <param name="ModelLatency">The part spent in containers.</param>
internal readonly record struct RequestLogEntry(
    string InferenceId, string RequestId, string Endpoint, string Variant, string? Container, int Status, string? ErrorCode,
    TimeSpan Latency, TimeSpan ModelLatency);

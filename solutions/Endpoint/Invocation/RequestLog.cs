using Microsoft.Extensions.Logging;

namespace Solutions.Endpoint.Invocation;

/// <summary>
/// One structured line per InvokeEndpoint request (category <c>Solutions.Endpoint.Requests</c>): inference id, request id,
/// endpoint, container, status, error code and latencies. Headers, bodies and credentials are never logged.
/// </summary>
internal sealed partial class RequestLog(ILoggerFactory loggers)
{
    public const string Category = "Solutions.Endpoint.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public void Write(in RequestLogEntry entry)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log(_logger, entry.InferenceId, entry.RequestId, entry.Endpoint, entry.Variant, entry.Container ?? "", entry.Status,
                entry.ErrorCode ?? "", (long)entry.Latency.TotalMicroseconds, (long)entry.ModelLatency.TotalMicroseconds);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "InvokeEndpoint {Endpoint}/{Variant}/{Container} answered {Status} {ErrorCode} in {LatencyMicroseconds} us (model {ModelLatencyMicroseconds} us), inference {InferenceId}, request {RequestId}")]
    private static partial void Log(ILogger logger, string inferenceId, string requestId, string endpoint, string variant, string container,
        int status, string errorCode, long latencyMicroseconds, long modelLatencyMicroseconds);
}

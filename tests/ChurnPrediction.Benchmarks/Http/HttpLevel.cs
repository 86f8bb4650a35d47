namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>What wrk measured at one number of concurrent connections.</summary>
/// <param name="Connections">Concurrent keep-alive connections, each sending its next request when the last is answered.</param>
/// <param name="Threads">wrk threads driving them.</param>
/// <param name="Seconds">How long wrk ran, as it measured.</param>
/// <param name="Requests">Requests completed.</param>
/// <param name="RequestsPerSecond">As wrk reports it.</param>
/// <param name="MeanMicroseconds">Mean request latency (send to answer) in microseconds.</param>
/// <param name="P50Microseconds">Median latency in microseconds.</param>
/// <param name="P90Microseconds">90th percentile latency in microseconds.</param>
/// <param name="P99Microseconds">99th percentile latency in microseconds.</param>
/// <param name="MaxMicroseconds">Slowest request in microseconds.</param>
/// <param name="NonSuccessResponses">Responses with a status outside 2xx and 3xx (must be 0 for the figures to count).</param>
/// <param name="SocketErrors">Connect, read and write errors and timeouts.</param>
public sealed record HttpLevel(
    int Connections,
    int Threads,
    double Seconds,
    long Requests,
    double RequestsPerSecond,
    double MeanMicroseconds,
    double P50Microseconds,
    double P90Microseconds,
    double P99Microseconds,
    double MaxMicroseconds,
    long NonSuccessResponses,
    long SocketErrors);

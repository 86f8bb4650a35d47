namespace Solutions.Endpoint.Benchmarks.Measurement;

/// <summary>One wrk run as <c>wrk/invoke.lua</c> writes it: throughput, latency percentiles (µs) and failures.</summary>
/// <param name="Target">What was loaded: <c>endpoint</c>, <c>churn-serve</c>, <c>gunicorn-xgboost</c> or <c>endpoint-soak</c>.</param>
/// <param name="Connections">wrk's <c>-c</c>: connections kept open, each with one request in flight.</param>
/// <param name="Seconds">The run's length.</param>
/// <param name="Requests">Responses received.</param>
/// <param name="RequestsPerSecond">Throughput over the run.</param>
/// <param name="P50Micros">Median latency.</param>
/// <param name="P99Micros">99th percentile latency.</param>
/// <param name="MaxMicros">Slowest response.</param>
/// <param name="Non2xx">Responses with status 400 or above (wrk's status errors).</param>
/// <param name="SocketErrors">Connect, read, write errors and timeouts.</param>
/// <param name="LoadAverage">The machine's 1-minute load average as the run ended.</param>
public sealed record WrkResult(
    string Target, int Connections, double Seconds, long Requests, double RequestsPerSecond,
    double P50Micros, double P99Micros, double MaxMicros, long Non2xx, long SocketErrors, double LoadAverage);

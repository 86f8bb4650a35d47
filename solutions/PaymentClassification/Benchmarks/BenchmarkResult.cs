namespace Solutions.PaymentClassification.Benchmarks;

/// <summary>What <see cref="PaymentBenchmark"/> measured; times are wall clock unless named CPU.</summary>
public sealed record BenchmarkResult
{
    public required int Rows { get; init; }
    public required double GenerationRowsPerSecond { get; init; }
    public required double IngestSeconds { get; init; }
    public required double IngestRowsPerSecond { get; init; }
    public required double IngestCpuRowsPerSecond { get; init; }
    public required double PointInTimeBuildSeconds { get; init; }
    public required double PointInTimeBuildCpuSeconds { get; init; }
    public required int OnlineLookups { get; init; }
    public required double OnlineLookupMedianMicroseconds { get; init; }
    public required double OnlineLookupP99Microseconds { get; init; }

    /// <summary>The /invocations load test, or null when wrk is not installed.</summary>
    public required InvocationLoad? Invocations { get; init; }
    public required int ProcessorCount { get; init; }
    public required double LoadAverageAtStart { get; init; }
}

/// <summary>wrk's figures for single-transaction <c>/invocations</c> requests.</summary>
public sealed record InvocationLoad(
    int Connections, int Threads, int Seconds, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds,
    long Requests, long Errors);

namespace Solutions.ChurnPrediction.Benchmarks.Reporting;

/// <summary>The targets the issue sets for the churn solution.</summary>
public static class BenchmarkTargets
{
    /// <summary>A whole training run on the 5,000 rows, in seconds.</summary>
    public const double TrainingSeconds = 5;

    /// <summary>The concurrency at which the latency target applies.</summary>
    public const int LatencyConnections = 16;

    /// <summary>p99 latency of single-row <c>/invocations</c> requests at <see cref="LatencyConnections"/>, in milliseconds.</summary>
    public const double P99Milliseconds = 2;
}

namespace Solutions.Endpoint.Metrics;

/// <summary>A histogram as Prometheus reads it.</summary>
/// <param name="CumulativeCounts">Observations at or below each of <see cref="LatencyHistogram.BucketBoundsMicroseconds"/>, then the total (+Inf).</param>
/// <param name="SumMicroseconds">The sum of every observation.</param>
public sealed record HistogramSnapshot(IReadOnlyList<long> CumulativeCounts, double SumMicroseconds)
{
    public long Count => CumulativeCounts[^1];
}

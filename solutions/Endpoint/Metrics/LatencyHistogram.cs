using System.Diagnostics;

namespace Solutions.Endpoint.Metrics;

/// <summary>
/// A latency histogram in microseconds, lock-free on the recording side (one <see cref="Interlocked"/> add per bucket and
/// sum), so the invocation path never waits for a scrape or for another request.
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>Bucket upper bounds in microseconds: 10 µs for an in-process model up to SageMaker's 60 s invocation limit.</summary>
    public static IReadOnlyList<long> BucketBoundsMicroseconds { get; } =
    [
        10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
        1_000_000, 2_500_000, 5_000_000, 10_000_000, 30_000_000, 60_000_000,
    ];

    private static readonly long[] BoundsInTicks = BucketBoundsMicroseconds.Select(us => us * TimeSpan.TicksPerMicrosecond).ToArray();

    // One slot per bound plus +Inf; each counts the observations of its own bucket (made cumulative when read).
    private readonly long[] _buckets = new long[BoundsInTicks.Length + 1];
    private long _sumTicks;

    public void Record(TimeSpan elapsed)
    {
        var ticks = Math.Max(0, elapsed.Ticks);
        var bucket = Array.BinarySearch(BoundsInTicks, ticks);
        // BinarySearch gives the complement of the first larger bound when the value is not a bound itself.
        Interlocked.Increment(ref _buckets[bucket >= 0 ? bucket : ~bucket]);
        Interlocked.Add(ref _sumTicks, ticks);
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/>, a <see cref="Stopwatch.GetTimestamp"/> value.</summary>
    public void RecordSince(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp));

    /// <summary>The counts so far; concurrent recordings may land in the snapshot or the next one.</summary>
    public HistogramSnapshot Snapshot()
    {
        var cumulative = new long[_buckets.Length];
        long running = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            running += Volatile.Read(ref _buckets[i]);
            cumulative[i] = running;
        }
        return new HistogramSnapshot(cumulative, Volatile.Read(ref _sumTicks) / (double)TimeSpan.TicksPerMicrosecond);
    }
}

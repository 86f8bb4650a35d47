using System.Diagnostics;

namespace Solutions.Endpoint.Benchmarks.Measurement;

/// <summary>One closed-loop run: how many calls completed, how fast, and their latency percentiles in microseconds.</summary>
/// <param name="Target">What was called, e.g. <c>in-process contract</c> or <c>endpoint</c>.</param>
/// <param name="Concurrency">Callers running at once (threads in process, connections for wrk).</param>
/// <param name="Requests">Calls completed in the measured window.</param>
/// <param name="Seconds">The measured window's length.</param>
/// <param name="RequestsPerSecond">Throughput over the window.</param>
/// <param name="P50Micros">Median latency.</param>
/// <param name="P99Micros">99th percentile latency.</param>
/// <param name="MaxMicros">Slowest call.</param>
public sealed record LatencySummary(
    string Target, int Concurrency, long Requests, double Seconds, double RequestsPerSecond, double P50Micros, double P99Micros, double MaxMicros)
{
    /// <summary>Summarises latencies measured with <see cref="Stopwatch.GetTimestamp"/>, by nearest rank.</summary>
    /// <param name="target">What was called.</param>
    /// <param name="concurrency">Callers running at once.</param>
    /// <param name="ticks">Each call's duration in <see cref="Stopwatch"/> ticks; sorted in place.</param>
    /// <param name="elapsed">The measured window (warm-up excluded).</param>
    public static LatencySummary From(string target, int concurrency, long[] ticks, TimeSpan elapsed)
    {
        if (ticks.Length == 0)
        {
            throw new ArgumentException($"'{target}' at {concurrency} completed no call in {elapsed.TotalSeconds:0.#} s", nameof(ticks));
        }
        Array.Sort(ticks);
        return new LatencySummary(
            target, concurrency, ticks.Length, elapsed.TotalSeconds, ticks.Length / elapsed.TotalSeconds,
            Micros(Percentile(ticks, 0.50)), Micros(Percentile(ticks, 0.99)), Micros(ticks[^1]));
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value with at least <paramref name="fraction"/> of them at or below it.</summary>
    public static long Percentile(long[] sorted, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}

using System.Diagnostics;

namespace Solutions.ChurnPrediction.Benchmarks.Inference;

/// <summary>The distribution of per-call times, in microseconds.</summary>
public sealed record LatencySummary(int Calls, double MeanMicroseconds, double P50Microseconds, double P99Microseconds, double MaxMicroseconds)
{
    /// <summary>Summarises per-call <see cref="Stopwatch"/> timestamp differences (nearest-rank percentiles).</summary>
    public static LatencySummary FromTimestamps(long[] elapsed)
    {
        if (elapsed.Length == 0)
        {
            throw new ArgumentException("No calls were timed.", nameof(elapsed));
        }
        var microseconds = elapsed.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LatencySummary(
            microseconds.Length, microseconds.Average(), Percentile(microseconds, 50), Percentile(microseconds, 99), microseconds[^1]);
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
}

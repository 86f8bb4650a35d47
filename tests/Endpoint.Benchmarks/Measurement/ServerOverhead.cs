namespace Solutions.Endpoint.Benchmarks.Measurement;

/// <summary>
/// The endpoint's own <c>OverheadLatency</c> over one wrk run (the difference of two <c>/metrics</c> scrapes):
/// time in the host beyond the model, to the precision of the histogram's buckets.
/// </summary>
/// <param name="Target">The wrk run's target.</param>
/// <param name="Connections">The wrk run's connections.</param>
/// <param name="Requests">Requests the histogram counted during the run.</param>
/// <param name="P50AtMostMicros">The bucket bound holding the median: the median is at most this.</param>
/// <param name="P99AtMostMicros">The bucket bound holding the 99th percentile.</param>
/// <param name="ShareWithin100Micros">The share of requests whose overhead was at most 100 µs.</param>
public sealed record ServerOverhead(
    string Target, int Connections, long Requests, double P50AtMostMicros, double P99AtMostMicros, double ShareWithin100Micros)
{
    public const string Family = "sagemaker_OverheadLatency_microseconds";

    /// <summary>From the scrapes before and after a run; null when either lacks the churn container's series.</summary>
    public static ServerOverhead? From(string target, int connections, string before, string after, string container)
    {
        var filter = $"container=\"{container}\"";
        if (HistogramBuckets.Parse(before, Family, filter) is not { } start || HistogramBuckets.Parse(after, Family, filter) is not { } end)
        {
            return null;
        }
        var run = end.Minus(start);
        return run.Count == 0
            ? null
            : new ServerOverhead(target, connections, run.Count, run.UpperBoundOf(0.50), run.UpperBoundOf(0.99), run.ShareAtOrBelow(100));
    }
}

using System.Globalization;

namespace Solutions.Endpoint.Benchmarks.Measurement;

/// <summary>
/// One Prometheus histogram's cumulative bucket counts (upper bound → requests at or below it), as the endpoint's
/// <c>GET /metrics</c> exposes <c>sagemaker_OverheadLatency_microseconds</c>: the host's own time per request,
/// measured inside the server, so it holds neither the network nor the load generator.
/// </summary>
public sealed record HistogramBuckets(IReadOnlyList<(double UpperBound, long Cumulative)> Buckets)
{
    public long Count => Buckets.Count == 0 ? 0 : Buckets[^1].Cumulative;

    /// <summary>Reads the <c>{family}_bucket</c> lines whose labels contain <paramref name="labelFilter"/>.</summary>
    /// <param name="exposition">The text of a <c>GET /metrics</c> answer.</param>
    /// <param name="family">e.g. <c>sagemaker_OverheadLatency_microseconds</c>.</param>
    /// <param name="labelFilter">e.g. <c>container="churn"</c>.</param>
    /// <returns>Null when the answer has no such series (an endpoint build without metrics).</returns>
    public static HistogramBuckets? Parse(string exposition, string family, string labelFilter)
    {
        var buckets = new List<(double, long)>();
        foreach (var line in exposition.Split('\n'))
        {
            if (!line.StartsWith(family + "_bucket{", StringComparison.Ordinal) || !line.Contains(labelFilter, StringComparison.Ordinal))
            {
                continue;
            }
            var le = line.IndexOf("le=\"", StringComparison.Ordinal) + 4;
            var bound = line[le..line.IndexOf('"', le)];
            var value = line[(line.LastIndexOf(' ') + 1)..];
            buckets.Add((bound == "+Inf" ? double.PositiveInfinity : double.Parse(bound, CultureInfo.InvariantCulture),
                         (long)double.Parse(value, CultureInfo.InvariantCulture)));
        }
        return buckets.Count == 0 ? null : new HistogramBuckets(buckets.OrderBy(b => b.Item1).ToArray());
    }

    /// <summary>The requests recorded between two scrapes of the same series.</summary>
    public HistogramBuckets Minus(HistogramBuckets earlier) =>
        new(Buckets.Select(b => (b.UpperBound, b.Cumulative - (earlier.Buckets.FirstOrDefault(e => e.UpperBound == b.UpperBound).Cumulative))).ToArray());

    /// <summary>The smallest bucket bound with at least <paramref name="fraction"/> of the requests at or below it.</summary>
    public double UpperBoundOf(double fraction) =>
        Buckets.First(b => b.Cumulative >= Math.Ceiling(fraction * Count)).UpperBound;

    /// <summary>The share of requests at or below <paramref name="bound"/>, which must be a bucket bound.</summary>
    public double ShareAtOrBelow(double bound) =>
        Count == 0 ? double.NaN : (double)Buckets.First(b => b.UpperBound == bound).Cumulative / Count;
}

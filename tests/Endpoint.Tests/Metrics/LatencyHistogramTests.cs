using Solutions.Endpoint.Metrics;

namespace Solutions.Endpoint.Tests.Metrics;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Observations_land_in_the_first_bucket_at_or_above_them_and_counts_are_cumulative()
    {
        var histogram = new LatencyHistogram();

        histogram.Record(TimeSpan.FromMicroseconds(5));
        histogram.Record(TimeSpan.FromMicroseconds(10));
        histogram.Record(TimeSpan.FromMicroseconds(10.5));
        histogram.Record(TimeSpan.FromSeconds(70));
        var snapshot = histogram.Snapshot();

        // le=10 holds 5 and 10 (bounds are inclusive); le=25 adds 10.5; 70 s is past the 60 s bound, only in +Inf.
        Assert.Equal(2, snapshot.CumulativeCounts[0]);
        Assert.Equal(3, snapshot.CumulativeCounts[1]);
        Assert.Equal(3, snapshot.CumulativeCounts[^2]);
        Assert.Equal(4, snapshot.Count);
        Assert.Equal(5 + 10 + 10.5 + 70_000_000, snapshot.SumMicroseconds, precision: 6);
    }

    [Fact]
    public async Task Concurrent_recordings_are_all_counted()
    {
        var histogram = new LatencyHistogram();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                histogram.Record(TimeSpan.FromMicroseconds(i % 100));
            }
        })));

        // 8 workers × 10,000; each worker's values 0..99 µs repeat 100 times: sum 8 × 100 × 4950.
        Assert.Equal(80_000, histogram.Snapshot().Count);
        Assert.Equal(8 * 100 * 4950, histogram.Snapshot().SumMicroseconds, precision: 6);
    }
}

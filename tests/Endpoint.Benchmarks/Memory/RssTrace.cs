namespace Solutions.Endpoint.Benchmarks.Memory;

/// <summary>One reading of the server's resident memory.</summary>
public sealed record RssSample(double Seconds, long Kilobytes);

/// <summary>The server's resident memory sampled through a load run.</summary>
/// <param name="Pid">The process sampled.</param>
/// <param name="Samples">Readings in time order; the first is taken as the run starts.</param>
public sealed record RssTrace(int Pid, IReadOnlyList<RssSample> Samples)
{
    public long StartKilobytes => Samples[0].Kilobytes;

    public long EndKilobytes => Samples[^1].Kilobytes;

    public long MaxKilobytes => Samples.Max(s => s.Kilobytes);

    /// <summary>End over start: 1 means the run ended where it began.</summary>
    public double Growth => (double)EndKilobytes / StartKilobytes;
}

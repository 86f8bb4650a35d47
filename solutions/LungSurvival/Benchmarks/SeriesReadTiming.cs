namespace Solutions.LungSurvival.Benchmarks;

/// <summary>How fast a series was read and assembled.</summary>
/// <param name="Bytes">Total size of the series' files.</param>
/// <param name="BestSeconds">The fastest timed run.</param>
/// <param name="MedianSeconds">The median timed run.</param>
public sealed record SeriesReadTiming(string Folder, int Slices, int Columns, int Rows, long Bytes, double BestSeconds, double MedianSeconds, int Runs)
{
    public double BestMegabytesPerSecond => Bytes / 1e6 / BestSeconds;

    public double MedianMegabytesPerSecond => Bytes / 1e6 / MedianSeconds;
}

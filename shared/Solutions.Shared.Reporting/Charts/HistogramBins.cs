namespace Solutions.Shared.Reporting.Charts;

/// <summary>Equal-width bins over [Minimum, Maximum]; the last bin is closed so the maximum value is counted.</summary>
internal sealed record HistogramBins(double Minimum, double Width, int[] Counts)
{
    public static HistogramBins Span(IEnumerable<double[]> samples, int binCount)
    {
        var all = samples.SelectMany(s => s).ToArray();
        var min = all.Min();
        var max = all.Max();
        // A single repeated value still gets a visible bar one unit wide.
        var width = max > min ? (max - min) / binCount : 1.0 / binCount;
        return new HistogramBins(max > min ? min : min - 0.5, width, new int[binCount]);
    }

    public HistogramBins Count(double[] values)
    {
        var counts = new int[Counts.Length];
        foreach (var value in values)
        {
            var bin = (int)Math.Floor((value - Minimum) / Width);
            counts[Math.Clamp(bin, 0, counts.Length - 1)]++;
        }

        return this with { Counts = counts };
    }

    public double Center(int bin) => Minimum + (bin + 0.5) * Width;
}

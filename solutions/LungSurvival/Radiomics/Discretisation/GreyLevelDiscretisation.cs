namespace Solutions.LungSurvival.Radiomics.Discretisation;

/// <summary>
/// How intensities become the grey levels 1..Ng that the histogram and texture features count: a fixed bin width
/// (pyradiomics' default, 25) or a fixed bin count. Bins follow pyradiomics: with a width <c>w</c> the first bin starts
/// at <c>floor(min / w) * w</c>, so bin edges sit on multiples of <c>w</c> whatever the region's minimum.
/// </summary>
public sealed record GreyLevelDiscretisation
{
    private GreyLevelDiscretisation(double? binWidth, int? binCount)
    {
        BinWidth = binWidth;
        BinCount = binCount;
    }

    /// <summary>pyradiomics' default: bins 25 intensity units wide.</summary>
    public static GreyLevelDiscretisation Default { get; } = FixedBinWidth(25);

    /// <summary>The bin width, when bins are fixed in width.</summary>
    public double? BinWidth { get; }

    /// <summary>The number of bins spanning the region's intensity range, when bins are fixed in number.</summary>
    public int? BinCount { get; }

    public static GreyLevelDiscretisation FixedBinWidth(double width)
    {
        if (!(width > 0) || double.IsInfinity(width))
            throw new ArgumentOutOfRangeException(nameof(width), width, "bin width must be a positive finite number");
        return new GreyLevelDiscretisation(width, null);
    }

    public static GreyLevelDiscretisation FixedBinCount(int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "bin count must be at least 1");
        return new GreyLevelDiscretisation(null, count);
    }

    /// <summary>Writes each value's grey level (1-based) into <paramref name="levels"/> and returns the highest level.</summary>
    public int Apply(ReadOnlySpan<double> values, Span<int> levels)
    {
        if (values.Length != levels.Length)
            throw new ArgumentException($"{values.Length} values but room for {levels.Length} levels", nameof(levels));
        if (values.IsEmpty) return 0;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        var highest = 0;
        if (BinWidth is { } width)
        {
            var low = Math.Floor(min / width) * width;
            for (var i = 0; i < values.Length; i++)
            {
                var level = (int)Math.Floor((values[i] - low) / width) + 1;
                levels[i] = level;
                if (level > highest) highest = level;
            }

            return highest;
        }

        var count = BinCount!.Value;
        var binSize = (max - min) / count;
        for (var i = 0; i < values.Length; i++)
        {
            // numpy.histogram's edges with the last edge widened: the maximum falls in the last bin.
            var level = binSize > 0 ? Math.Min((int)Math.Floor((values[i] - min) / binSize) + 1, count) : 1;
            levels[i] = level;
            if (level > highest) highest = level;
        }

        return highest;
    }
}

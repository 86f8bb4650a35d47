namespace Solutions.LungSurvival.Radiomics.FirstOrder;

/// <summary>Computes <see cref="FirstOrderFeatures"/> with pyradiomics' definitions.</summary>
internal static class FirstOrderCalculator
{
    public static FirstOrderFeatures Compute(MaskedRegion region)
    {
        var values = region.Values;
        var n = values.Length;
        var sorted = values.AsSpan().ToArray();
        Array.Sort(sorted);

        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            sum += v;
            sumSquares += v * v;
        }

        var mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, absolute = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            absolute += Math.Abs(d);
        }

        m2 /= n;
        m3 /= n;
        m4 /= n;

        var p10 = Percentile(sorted, 10);
        var p90 = Percentile(sorted, 90);

        // Robust MAD: the mean absolute deviation of the voxels between the 10th and 90th percentiles, inclusive.
        double robustSum = 0;
        var robustCount = 0;
        foreach (var v in values)
        {
            if (v < p10 || v > p90) continue;
            robustSum += v;
            robustCount++;
        }

        var robustMean = robustSum / robustCount;
        double robustDeviation = 0;
        foreach (var v in values)
            if (v >= p10 && v <= p90) robustDeviation += Math.Abs(v - robustMean);

        var histogram = new int[region.LevelCount + 1];
        foreach (var level in region.Levels) histogram[level]++;
        double entropy = 0, uniformity = 0;
        foreach (var count in histogram)
        {
            if (count == 0) continue;
            var p = (double)count / n;
            entropy -= p * Math.Log2(p + Entropies.Epsilon);
            uniformity += p * p;
        }

        return new FirstOrderFeatures(
            Energy: sumSquares,
            TotalEnergy: sumSquares * region.VoxelVolume,
            Entropy: entropy,
            Minimum: sorted[0],
            Percentile10: p10,
            Percentile90: p90,
            Maximum: sorted[^1],
            Mean: mean,
            Median: Percentile(sorted, 50),
            InterquartileRange: Percentile(sorted, 75) - Percentile(sorted, 25),
            Range: sorted[^1] - sorted[0],
            MeanAbsoluteDeviation: absolute / n,
            RobustMeanAbsoluteDeviation: robustDeviation / robustCount,
            RootMeanSquared: Math.Sqrt(sumSquares / n),
            StandardDeviation: Math.Sqrt(m2),
            // pyradiomics returns 0 for a flat region rather than 0/0.
            Skewness: m2 == 0 ? 0 : m3 / Math.Pow(m2, 1.5),
            Kurtosis: m2 == 0 ? 0 : m4 / (m2 * m2),
            Variance: m2,
            Uniformity: uniformity);
    }

    /// <summary>numpy.percentile's default (linear interpolation between closest ranks).</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double percent)
    {
        var position = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// Per-channel mean and inverse spread of the training maps: the head standardises its input with them so that
/// backbone channels of very different scales train at the same pace.
/// </summary>
internal static class ChannelStatistics
{
    public static (float[] Mean, float[] Scale) Measure(IReadOnlyList<LabelledFeatureMap> examples, int channels)
    {
        var sums = new double[channels];
        var squares = new double[channels];
        long count = 0;
        foreach (var example in examples)
        {
            var map = example.Map;
            var cells = map.Height * map.Width;
            count += cells;
            for (var channel = 0; channel < channels; channel++)
            {
                foreach (var value in map.Values.AsSpan(channel * cells, cells))
                {
                    sums[channel] += value;
                    squares[channel] += (double)value * value;
                }
            }
        }

        var mean = new float[channels];
        var variance = new double[channels];
        for (var channel = 0; channel < channels; channel++)
        {
            var m = sums[channel] / count;
            mean[channel] = (float)m;
            variance[channel] = Math.Max(squares[channel] / count - m * m, 0);
        }

        // A floor relative to the typical variance: a nearly constant channel must not be blown up into noise.
        var floor = 1e-3 * variance.Average() + 1e-12;
        var scale = variance.Select(v => (float)(1 / Math.Sqrt(v + floor))).ToArray();
        return (mean, scale);
    }
}

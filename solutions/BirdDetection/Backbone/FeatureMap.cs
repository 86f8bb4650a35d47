namespace Solutions.BirdDetection.Backbone;

/// <summary>
/// A backbone's output for one image: <see cref="Channels"/> planes of <see cref="Height"/> x <see cref="Width"/>
/// cells, channel-major (value of channel c at cell (x, y) is <c>Values[(c * Height + y) * Width + x]</c>), cell
/// (0, 0) covering the image's top-left corner.
/// </summary>
public sealed record FeatureMap
{
    public FeatureMap(int channels, int height, int width, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)channels * height * width)
            throw new ArgumentException(
                $"a {channels} x {height} x {width} feature map holds {(long)channels * height * width} values; got {values.Length}",
                nameof(values));
        Channels = channels;
        Height = height;
        Width = width;
        Values = values;
    }

    public int Channels { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>Channel-major values; see the type's summary for the layout.</summary>
    public float[] Values { get; }

    /// <summary>The value of channel <paramref name="channel"/> at cell (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public float this[int channel, int y, int x] => Values[(channel * Height + y) * Width + x];
}

using System.Globalization;

namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>The voxel counts of a synthetic CT: columns x rows x slices, written <c>128x128x60</c>.</summary>
public sealed record VolumeSize(int Columns, int Rows, int Slices)
{
    public const int MinimumInPlane = 16;
    public const int MaximumInPlane = 512;
    public const int MinimumSlices = 8;
    public const int MaximumSlices = 1000;

    public static VolumeSize Default { get; } = new(128, 128, 60);

    /// <summary>Parses <c>COLUMNSxROWSxSLICES</c>, e.g. <c>512x512x150</c>.</summary>
    /// <exception cref="FormatException">The text is not three whole numbers in range, separated by 'x'.</exception>
    public static VolumeSize Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split('x');
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"Size '{text}' should be COLUMNSxROWSxSLICES, e.g. 128x128x60.");
        }
        var size = new VolumeSize(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        if (size.Columns is < MinimumInPlane or > MaximumInPlane || size.Rows is < MinimumInPlane or > MaximumInPlane)
        {
            throw new FormatException($"Size '{text}': columns and rows must be {MinimumInPlane} to {MaximumInPlane}.");
        }
        if (size.Slices is < MinimumSlices or > MaximumSlices)
        {
            throw new FormatException($"Size '{text}': slices must be {MinimumSlices} to {MaximumSlices}.");
        }
        return size;
    }

    public override string ToString() => $"{Columns}x{Rows}x{Slices}";
}

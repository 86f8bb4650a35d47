using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// Boxes relative to a cell: the centre's offset from the cell's centre in cell units, and the log of the width and
/// height over the prior size (as in YOLO/SSD, so that a zero output is a prior-sized box centred on the cell).
/// </summary>
internal static class BoxEncoding
{
    // Keeps exp() of an untrained or extreme output finite and the box inside a sane range.
    private const float MaxLogRatio = 6;
    private const double MinimumSide = 1e-6;

    /// <summary>The cell holding the box's centre, and the box's encoding relative to it.</summary>
    public static BoxTarget Encode(GroundTruthObject truth, int height, int width, DetectionHeadOptions options)
    {
        var box = truth.Box;
        var centreX = (box.XMin + box.XMax) / 2 * width;
        var centreY = (box.YMin + box.YMax) / 2 * height;
        var column = Math.Min((int)centreX, width - 1);
        var row = Math.Min((int)centreY, height - 1);
        return new BoxTarget(
            row * width + column,
            truth.ClassIndex,
            (float)(centreX - (column + 0.5)),
            (float)(centreY - (row + 0.5)),
            (float)Math.Log(box.Width / options.PriorWidth),
            (float)Math.Log(box.Height / options.PriorHeight));
    }

    /// <summary>The box the outputs at <paramref name="cell"/> stand for, clipped to the image.</summary>
    public static NormalisedBox Decode(ReadOnlySpan<float> encoding, int cell, int height, int width, DetectionHeadOptions options)
    {
        var centreX = (cell % width + 0.5 + encoding[0]) / width;
        var centreY = (cell / width + 0.5 + encoding[1]) / height;
        var halfWidth = options.PriorWidth * Math.Exp(Math.Clamp(encoding[2], -MaxLogRatio, MaxLogRatio)) / 2;
        var halfHeight = options.PriorHeight * Math.Exp(Math.Clamp(encoding[3], -MaxLogRatio, MaxLogRatio)) / 2;
        var (xMin, xMax) = Clip(centreX - halfWidth, centreX + halfWidth);
        var (yMin, yMax) = Clip(centreY - halfHeight, centreY + halfHeight);
        return new NormalisedBox(xMin, yMin, xMax, yMax);
    }

    /// <summary>Clips an interval to [0, 1], keeping it at least <see cref="MinimumSide"/> long so the box stays valid.</summary>
    private static (double Min, double Max) Clip(double min, double max)
    {
        min = Math.Clamp(min, 0, 1 - MinimumSide);
        max = Math.Clamp(max, min + MinimumSide, 1);
        return (min, max);
    }
}

namespace Solutions.BirdDetection.Data;

/// <summary>
/// A box in coordinates normalised by the image's width and height, as SageMaker's object detection format gives
/// them: (<see cref="XMin"/>, <see cref="YMin"/>) is the top-left corner, (<see cref="XMax"/>, <see cref="YMax"/>)
/// the bottom-right, all in [0, 1].
/// </summary>
public readonly record struct NormalisedBox
{
    public NormalisedBox(double xMin, double yMin, double xMax, double yMax)
    {
        if (!(xMin >= 0 && yMin >= 0 && xMax <= 1 && yMax <= 1 && xMin < xMax && yMin < yMax))
            throw new ArgumentException(
                $"a normalised box needs 0 <= xmin < xmax <= 1 and 0 <= ymin < ymax <= 1; got ({xMin}, {yMin}, {xMax}, {yMax})");
        XMin = xMin;
        YMin = yMin;
        XMax = xMax;
        YMax = yMax;
    }

    public double XMin { get; }

    public double YMin { get; }

    public double XMax { get; }

    public double YMax { get; }

    public double Width => XMax - XMin;

    public double Height => YMax - YMin;

    public double Area => Width * Height;

    /// <summary>The same box in the image mirrored left to right: x' = 1 - x, so xmin' = 1 - xmax.</summary>
    public NormalisedBox MirroredHorizontally() => new(1 - XMax, YMin, 1 - XMin, YMax);

    /// <summary>Area of the intersection over area of the union; 0 for boxes that do not overlap.</summary>
    public double IntersectionOverUnion(NormalisedBox other)
    {
        var width = Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin);
        var height = Math.Min(YMax, other.YMax) - Math.Max(YMin, other.YMin);
        if (width <= 0 || height <= 0) return 0;
        var intersection = width * height;
        return intersection / (Area + other.Area - intersection);
    }
}

namespace Solutions.BirdDetection.Data;

/// <summary>
/// A box in pixels as CUB's bounding_boxes.txt gives it: top-left corner (<see cref="X"/>, <see cref="Y"/>) and size,
/// x to the right and y down from the image's top-left corner.
/// </summary>
public readonly record struct PixelBox
{
    public PixelBox(double x, double y, double width, double height)
    {
        if (!(double.IsFinite(x) && double.IsFinite(y) && width > 0 && height > 0 && double.IsFinite(width) && double.IsFinite(height)))
            throw new ArgumentException($"a pixel box needs finite x and y and a positive width and height; got ({x}, {y}, {width}, {height})");
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    public double X { get; }

    public double Y { get; }

    public double Width { get; }

    public double Height { get; }

    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>The box divided by the image's size: xmin = x / W, xmax = (x + width) / W, likewise for y with H.</summary>
    /// <exception cref="ArgumentException">The box does not lie inside a <paramref name="imageWidth"/> x <paramref name="imageHeight"/> image.</exception>
    public NormalisedBox ToNormalised(int imageWidth, int imageHeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(imageWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageHeight, 1);
        return new NormalisedBox(X / imageWidth, Y / imageHeight, Right / imageWidth, Bottom / imageHeight);
    }

    /// <summary>The same box in the image mirrored left to right: x' = W - x - width.</summary>
    public PixelBox MirroredHorizontally(int imageWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(imageWidth, 1);
        return new PixelBox(imageWidth - X - Width, Y, Width, Height);
    }

    public override string ToString() => $"({X}, {Y}, {Width} x {Height})";
}

using SkiaSharp;

namespace Solutions.BirdDetection.Imaging;

/// <summary>
/// Turns an image into the tensor the pretrained ResNet18 expects: stretched to a square, channel-major planes in
/// B, G, R order, 0-255 values minus the per-channel ImageNet means of the package's preprocessing model.
/// </summary>
public static class ResNetInput
{
    /// <summary>
    /// Channel means of the mean image in ResNetPreprocess.onnx (1 x 3 x 224 x 224, B, G, R), averaged over its pixels.
    /// That model subtracts the per-pixel image, which only fits 224 x 224 input; the per-pixel values stay within
    /// about 13 of these averages.
    /// </summary>
    public const float BlueMean = 103.0626f;

    /// <inheritdoc cref="BlueMean"/>
    public const float GreenMean = 115.9029f;

    /// <inheritdoc cref="BlueMean"/>
    public const float RedMean = 123.1516f;

    /// <summary>
    /// A 3 x <paramref name="size"/> x <paramref name="size"/> tensor of <paramref name="image"/> resized (stretched)
    /// to the square input, mirrored left to right when <paramref name="mirrored"/>.
    /// </summary>
    public static float[] FromImage(SKBitmap image, int size, bool mirrored = false)
    {
        var tensor = new float[3 * size * size];
        Write(image, size, mirrored, tensor);
        return tensor;
    }

    /// <summary>Writes the tensor of <see cref="FromImage"/> into <paramref name="destination"/> (3 x size x size).</summary>
    public static void Write(SKBitmap image, int size, bool mirrored, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var plane = size * size;
        if (destination.Length != 3 * plane)
            throw new ArgumentException($"a 3 x {size} x {size} tensor holds {3 * plane} values; got {destination.Length}", nameof(destination));

        using var resized = Resize(image, size);
        var pixels = resized.GetPixelSpan();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var source = 4 * (y * size + (mirrored ? size - 1 - x : x));
                var cell = y * size + x;
                destination[cell] = pixels[source + 2] - BlueMean;
                destination[plane + cell] = pixels[source + 1] - GreenMean;
                destination[2 * plane + cell] = pixels[source] - RedMean;
            }
        }
    }

    private static SKBitmap Resize(SKBitmap image, int size)
    {
        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        // Mitchell's cubic is sharp and alias-free down to half size (CUB photos are about 500 x 375 for a 320
        // input); beyond that it skips pixels, so larger photos go through mipmaps, which average them first.
        var shrink = Math.Max((double)image.Width / size, (double)image.Height / size);
        var sampling = shrink <= 2
            ? new SKSamplingOptions(SKCubicResampler.Mitchell)
            : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        return image.Resize(info, sampling)
            ?? throw new InvalidOperationException($"SkiaSharp could not resize a {image.Width} x {image.Height} image to {size} x {size}");
    }
}

using SkiaSharp;

namespace Solutions.BirdDetection.Imaging;

/// <summary>
/// Decodes JPEG and PNG images with SkiaSharp into upright RGBA bitmaps. Anything else (empty, corrupt, truncated,
/// another format, too many pixels) is refused with an <see cref="InvalidDataException"/> naming the source.
/// </summary>
public static class ImageDecoder
{
    /// <summary>The default pixel budget: 40 megapixels, about 160 MB decoded.</summary>
    public const long DefaultMaxPixels = 40_000_000;

    /// <summary>Reads and decodes the image file at <paramref name="path"/>; errors name the path.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static SKBitmap DecodeFile(string path, long maxPixels = DefaultMaxPixels)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: image file not found", path);
        return Decode(File.ReadAllBytes(path), path, maxPixels);
    }

    /// <summary>
    /// Decodes encoded image bytes; <paramref name="source"/> names them in errors, e.g. a file path or
    /// "request body". EXIF orientation is applied, so the result is the image as a viewer shows it.
    /// </summary>
    /// <remarks>Transparent pixels come out premultiplied, that is, as if the image were drawn over black.</remarks>
    public static SKBitmap Decode(ReadOnlySpan<byte> encoded, string source, long maxPixels = DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        if (encoded.IsEmpty) throw Invalid(source, "is empty; expected a JPEG or PNG image");

        using var data = SKData.CreateCopy(encoded);
        // The codec owns and disposes the stream.
        using var codec = SKCodec.Create(new SKMemoryStream(data), out var opened);
        if (codec is null)
            throw Invalid(source, $"is not a readable image (SkiaSharp: {opened}); expected a JPEG or PNG image");
        if (codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png))
            throw Invalid(source, $"is a {codec.EncodedFormat} image; expected a JPEG or PNG image");

        // The header gives the size before any pixel is decoded, so a decompression bomb costs nothing.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width < 1 || height < 1) throw Invalid(source, $"declares a {width} x {height} image");
        if ((long)width * height > maxPixels)
            throw Invalid(source, $"is {width} x {height} = {(long)width * height:N0} pixels; at most {maxPixels:N0} are accepted");

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        try
        {
            var decoded = codec.GetPixels(info, bitmap.GetPixels());
            if (decoded == SKCodecResult.IncompleteInput)
                throw Invalid(source, "is truncated: the image data ends before the last row");
            if (decoded != SKCodecResult.Success)
                throw Invalid(source, $"could not be decoded (SkiaSharp: {decoded})");
            return ImageOrientation.Upright(bitmap, codec.EncodedOrigin);
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    private static InvalidDataException Invalid(string source, string problem) => new($"{source} {problem}");
}

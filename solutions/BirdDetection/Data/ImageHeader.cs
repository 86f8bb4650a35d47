using SkiaSharp;

namespace Solutions.BirdDetection.Data;

/// <summary>Reads an image file's pixel size from its header, without decoding the pixels.</summary>
internal static class ImageHeader
{
    /// <returns>The size, or null when the file is not an image SkiaSharp can read (JPEG, PNG, ...).</returns>
    public static (int Width, int Height)? TryReadSize(string path)
    {
        using var codec = SKCodec.Create(path, out var result);
        if (codec is null || result != SKCodecResult.Success) return null;
        var info = codec.Info;
        return info.Width > 0 && info.Height > 0 ? (info.Width, info.Height) : null;
    }
}

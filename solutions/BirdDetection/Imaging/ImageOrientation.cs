using SkiaSharp;

namespace Solutions.BirdDetection.Imaging;

/// <summary>Turns a bitmap stored in a camera's EXIF orientation into the upright image a viewer would show.</summary>
internal static class ImageOrientation
{
    /// <summary>
    /// Returns <paramref name="stored"/> itself when it is already upright, otherwise a new upright bitmap
    /// (disposing <paramref name="stored"/>).
    /// </summary>
    public static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return stored;
        var (w, h) = (stored.Width, stored.Height);
        var swapsAxes = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
            or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        // Each matrix maps a stored pixel's corner (x, y) to where it appears upright; pixels land on whole
        // pixels, so nearest sampling copies them exactly.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var upright = new SKBitmap(swapsAxes ? stored.Info.WithSize(h, w) : stored.Info);
        using (var canvas = new SKCanvas(upright))
        using (var image = SKImage.FromBitmap(stored))
        using (var paint = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            canvas.SetMatrix(matrix);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        }

        stored.Dispose();
        return upright;
    }
}

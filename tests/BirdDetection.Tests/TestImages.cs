using SkiaSharp;

namespace Solutions.BirdDetection.Tests;

/// <summary>Small generated pictures for the imaging and backbone tests, drawn with SkiaSharp from a seed.</summary>
internal static class TestImages
{
    /// <summary>A sky-coloured background with a few random ellipses and a branch: a rough "bird" scene.</summary>
    public static SKBitmap Bird(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(120, 170, 220));
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 5; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            canvas.DrawOval(random.Next(width), random.Next(height), 5 + random.Next(width / 3), 5 + random.Next(height / 3), paint);
        }

        paint.Color = new SKColor(90, 60, 30);
        paint.StrokeWidth = Math.Max(2, height / 30f);
        canvas.DrawLine(0, height * 0.8f, width, height * 0.7f, paint);
        return bitmap;
    }

    public static SKBitmap Solid(int width, int height, SKColor colour)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(colour);
        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 95)
    {
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }
}

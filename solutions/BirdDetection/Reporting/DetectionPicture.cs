using System.Globalization;
using SkiaSharp;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Inference;
using Solutions.Shared.Reporting.Fonts;

namespace Solutions.BirdDetection.Reporting;

/// <summary>
/// Draws detections on an image: each predicted box in orange with its species and score, and the annotated box, when
/// known, in green. Text uses the report font embedded in the shared Reporting library, so it renders on machines
/// without installed fonts.
/// </summary>
public static class DetectionPicture
{
    private static readonly SKColor Predicted = new(255, 120, 0);
    private static readonly SKColor Annotated = new(0, 200, 70);
    private static readonly Lazy<SKTypeface> Typeface = new(LoadTypeface);

    /// <summary>A new bitmap: <paramref name="image"/> with the boxes drawn; its width is at least 480 pixels so labels stay legible.</summary>
    public static SKBitmap Draw(SKBitmap image, IReadOnlyList<DetectedBird> detections, NormalisedBox? truth = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(detections);
        var scale = Math.Max(1, 480.0 / image.Width);
        var (width, height) = ((int)Math.Round(image.Width * scale), (int)Math.Round(image.Height * scale));
        var picture = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(picture);
        using (var source = SKImage.FromBitmap(image))
            canvas.DrawImage(source, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));

        var stroke = Math.Max(2f, width / 200f);
        using var font = new SKFont(Typeface.Value, Math.Max(12f, width / 32f));
        if (truth is { } box) DrawBox(canvas, Rect(box, width, height), Annotated, stroke, "annotated", font, above: false);
        // Lowest score first, so the best detection's label ends up on top.
        foreach (var found in detections.Reverse())
        {
            var label = $"{found.Species.Name} {found.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
            DrawBox(canvas, Rect(found.Box, width, height), Predicted, stroke, label, font, above: true);
        }

        return picture;
    }

    /// <summary>Draws and saves the picture as PNG.</summary>
    public static void Save(string path, SKBitmap image, IReadOnlyList<DetectedBird> detections, NormalisedBox? truth = null)
    {
        using var picture = Draw(image, detections, truth);
        using var data = picture.Encode(SKEncodedImageFormat.Png, 100);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Solutions.Shared.Data.IO.AtomicFile.WriteAllBytes(path, data.ToArray());
    }

    private static SKRect Rect(NormalisedBox box, int width, int height) =>
        new((float)(box.XMin * width), (float)(box.YMin * height), (float)(box.XMax * width), (float)(box.YMax * height));

    private static void DrawBox(SKCanvas canvas, SKRect rect, SKColor colour, float stroke, string label, SKFont font, bool above)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = stroke, IsAntialias = true };
        canvas.DrawRect(rect, paint);
        var textWidth = font.MeasureText(label);
        var textHeight = font.Size * 1.25f;
        // The label sits on the box's edge, moved inside the picture where the edge is at the border.
        var top = above ? rect.Top - textHeight : rect.Bottom;
        top = Math.Clamp(top, 0, canvas.DeviceClipBounds.Height - textHeight);
        var left = Math.Clamp(rect.Left, 0, Math.Max(0, canvas.DeviceClipBounds.Width - textWidth - 6));
        paint.Style = SKPaintStyle.Fill;
        canvas.DrawRect(new SKRect(left, top, left + textWidth + 6, top + textHeight), paint);
        paint.Color = SKColors.Black;
        canvas.DrawText(label, left + 3, top + font.Size, SKTextAlign.Left, font, paint);
    }

    private static SKTypeface LoadTypeface()
    {
        const string resource = "Solutions.Shared.Reporting.Fonts.DejaVuSans.ttf";
        using var stream = typeof(ReportFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is missing from the Reporting library.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is not a readable TrueType font.");
    }
}

using SkiaSharp;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Fonts;

namespace Solutions.LungSurvival.Imaging.Pictures;

/// <summary>
/// PNG pictures of a CT with its tumour segmentation, as the public pipeline draws them: the axial slice with the
/// largest tumour area (lung and mediastinal windows side by side), and axial, coronal and sagittal views through
/// the tumour. The mask is shown as a semi-transparent fill with a solid contour; pixels keep their physical
/// aspect ratio.
/// </summary>
public static class TumourPictures
{
    /// <summary>Screen pixels per millimetre of patient.</summary>
    private const float PixelsPerMm = 1.2f;
    private const float TitleHeight = 22;
    private const float Gap = 8;
    private static readonly SKColor Fill = new(255, 40, 40, 90);
    private static readonly SKColor Contour = new(255, 220, 0);
    private static readonly Lazy<SKTypeface> Typeface = new(LoadTypeface);

    /// <summary>Writes the axial slice through the tumour's largest cross-section; returns the slice index.</summary>
    public static int WriteAxial(ChestScan scan, string path, string caption)
    {
        var z = TumourSlice(scan);
        var view = SliceView.Axial(scan, z);
        Write(path, caption, [(view, CtWindow.Lung), (view, CtWindow.Mediastinal)]);
        return z;
    }

    /// <summary>Writes axial, coronal and sagittal views through the tumour's centre of mass (lung window).</summary>
    public static void WriteOrtho(ChestScan scan, string path, string caption)
    {
        var (x, y, z) = TumourCentreVoxel(scan);
        Write(path, caption,
        [
            (SliceView.Axial(scan, z), CtWindow.Lung),
            (SliceView.Coronal(scan, y), CtWindow.Lung),
            (SliceView.Sagittal(scan, x), CtWindow.Lung),
        ]);
    }

    private static int TumourSlice(ChestScan scan)
    {
        var z = scan.LargestTumourSlice();
        return z >= 0 ? z : scan.Geometry.SizeZ / 2;
    }

    private static (int X, int Y, int Z) TumourCentreVoxel(ChestScan scan)
    {
        var g = scan.Geometry;
        long sx = 0, sy = 0, sz = 0, count = 0;
        for (var z = 0; z < g.SizeZ; z++)
        {
            for (var y = 0; y < g.SizeY; y++)
            {
                for (var x = 0; x < g.SizeX; x++)
                {
                    if (scan.TumourMask[x, y, z] != 0)
                    {
                        (sx, sy, sz, count) = (sx + x, sy + y, sz + z, count + 1);
                    }
                }
            }
        }
        return count == 0
            ? (g.SizeX / 2, g.SizeY / 2, g.SizeZ / 2)
            : ((int)(sx / count), (int)(sy / count), (int)(sz / count));
    }

    private static void Write(string path, string caption, IReadOnlyList<(SliceView View, CtWindow Window)> panels)
    {
        var sizes = panels.Select(p => (Width: p.View.Width * (float)p.View.PixelWidthMm * PixelsPerMm, Height: p.View.Height * (float)p.View.PixelHeightMm * PixelsPerMm)).ToArray();
        var width = (int)Math.Ceiling(sizes.Sum(s => s.Width) + Gap * (panels.Count + 1));
        var height = (int)Math.Ceiling(sizes.Max(s => s.Height) + 2 * TitleHeight + 2 * Gap);
        using var surface = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(surface);
        canvas.Clear(SKColors.Black);
        using var font = new SKFont(Typeface.Value, 13);
        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText(caption, Gap, TitleHeight - 6, font, text);
        var left = Gap;
        for (var i = 0; i < panels.Count; i++)
        {
            var (view, window) = panels[i];
            var destination = SKRect.Create(left, 2 * TitleHeight, sizes[i].Width, sizes[i].Height);
            canvas.DrawText($"{view.Title}, {window.Name} window (W {window.Width:0} / L {window.Level:0})", left, 2 * TitleHeight - 6, font, text);
            DrawPanel(canvas, view, window, destination);
            left += sizes[i].Width + Gap;
        }
        using var image = SKImage.FromBitmap(surface);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        AtomicFile.Write(path, stream => png.SaveTo(stream));
    }

    private static void DrawPanel(SKCanvas canvas, SliceView view, CtWindow window, SKRect destination)
    {
        using var pixels = new SKBitmap(view.Width, view.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        for (var row = 0; row < view.Height; row++)
        {
            for (var column = 0; column < view.Width; column++)
            {
                var i = row * view.Width + column;
                var gray = window.Gray(view.Hounsfield[i]);
                var color = new SKColor(gray, gray, gray);
                if (view.Mask[i] != 0)
                {
                    color = Blend(color, Fill);
                }
                pixels.SetPixel(column, row, color);
            }
        }
        using var image = SKImage.FromBitmap(pixels);
        canvas.DrawImage(image, destination, new SKSamplingOptions(SKFilterMode.Linear));

        // The contour is drawn at screen resolution along voxel edges, so it stays sharp however the panel is scaled.
        var scaleX = destination.Width / view.Width;
        var scaleY = destination.Height / view.Height;
        using var stroke = new SKPaint { Color = Contour, StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        for (var row = 0; row < view.Height; row++)
        {
            for (var column = 0; column < view.Width; column++)
            {
                if (view.Mask[row * view.Width + column] == 0)
                {
                    continue;
                }
                var x0 = destination.Left + column * scaleX;
                var y0 = destination.Top + row * scaleY;
                if (!Inside(view, column - 1, row)) canvas.DrawLine(x0, y0, x0, y0 + scaleY, stroke);
                if (!Inside(view, column + 1, row)) canvas.DrawLine(x0 + scaleX, y0, x0 + scaleX, y0 + scaleY, stroke);
                if (!Inside(view, column, row - 1)) canvas.DrawLine(x0, y0, x0 + scaleX, y0, stroke);
                if (!Inside(view, column, row + 1)) canvas.DrawLine(x0, y0 + scaleY, x0 + scaleX, y0 + scaleY, stroke);
            }
        }
    }

    private static bool Inside(SliceView view, int column, int row) =>
        column >= 0 && row >= 0 && column < view.Width && row < view.Height && view.Mask[row * view.Width + column] != 0;

    private static SKColor Blend(SKColor under, SKColor over)
    {
        var alpha = over.Alpha / 255f;
        return new SKColor(
            (byte)(under.Red + (over.Red - under.Red) * alpha),
            (byte)(under.Green + (over.Green - under.Green) * alpha),
            (byte)(under.Blue + (over.Blue - under.Blue) * alpha));
    }

    private static SKTypeface LoadTypeface()
    {
        // The suite's embedded DejaVu Sans, so captions render on machines without fonts.
        const string resource = "Solutions.Shared.Reporting.Fonts.DejaVuSans.ttf";
        using var stream = typeof(ReportFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"'{resource}' is not a readable font.");
    }
}

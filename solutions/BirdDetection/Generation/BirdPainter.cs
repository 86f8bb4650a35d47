using SkiaSharp;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// Draws a side-on perching bird with SkiaSharp: tail, body with a paler belly, folded wing, head with eye and beak,
/// legs, and the species' markings. The bird is built facing right and mirrored to face left, so a left-facing bird
/// shows its head, beak and markings on the other side.
/// </summary>
public static class BirdPainter
{
    /// <summary>Draws the bird and returns its box: the tight bounds of everything drawn.</summary>
    public static PixelBox Paint(SKCanvas canvas, BirdAppearance appearance, BirdPose pose)
    {
        var parts = BirdParts.Build(appearance, Transform(pose));
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1f, (float)pose.BodyLength / 80) };
        foreach (var part in parts)
        {
            fill.Color = part.Colour;
            canvas.DrawPath(part.Path, fill);
            if (part.Outlined)
            {
                outline.Color = Darker(part.Colour);
                canvas.DrawPath(part.Path, outline);
            }
        }
        var box = Bounds(parts);
        foreach (var part in parts) part.Path.Dispose();
        return box;
    }

    /// <summary>The box <see cref="Paint"/> would return, without drawing.</summary>
    public static PixelBox Measure(BirdAppearance appearance, BirdPose pose)
    {
        var parts = BirdParts.Build(appearance, Transform(pose));
        var box = Bounds(parts);
        foreach (var part in parts) part.Path.Dispose();
        return box;
    }

    /// <summary>Where a point of the bird's own frame (body centre at 0, body 100 long, facing right) lands in the image.</summary>
    public static SKPoint ToImage(BirdPose pose, float x, float y) => Transform(pose).MapPoint(x, y);

    private static SKMatrix Transform(BirdPose pose)
    {
        var scale = (float)(pose.BodyLength / BirdParts.BodyLength);
        return SKMatrix.CreateTranslation((float)pose.CentreX, (float)pose.CentreY)
            .PreConcat(SKMatrix.CreateRotationDegrees((float)(pose.FacesRight ? pose.TiltDegrees : -pose.TiltDegrees)))
            .PreConcat(SKMatrix.CreateScale(pose.FacesRight ? scale : -scale, scale));
    }

    private static PixelBox Bounds(IReadOnlyList<BirdPart> parts)
    {
        // SKRect.Union would stretch to (0, 0) for an empty marking (a wing bar clipped away), so skip those.
        var drawn = parts.Select(p => p.Path.TightBounds).Where(b => !b.IsEmpty).ToList();
        var bounds = drawn[0];
        foreach (var b in drawn.Skip(1)) bounds.Union(b);
        return new PixelBox(bounds.Left, bounds.Top, bounds.Width, bounds.Height);
    }

    private static SKColor Darker(SKColor c) => new((byte)(c.Red * 0.55), (byte)(c.Green * 0.55), (byte)(c.Blue * 0.55));
}

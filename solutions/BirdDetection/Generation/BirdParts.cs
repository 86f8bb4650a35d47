using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// The shapes of a bird in drawing order, built in the bird's own frame (body centre at the origin, body
/// <see cref="BodyLength"/> long, facing +x, y down) and then moved into the image.
/// </summary>
internal static class BirdParts
{
    public const float BodyLength = 100;

    private static readonly SKColor Eye = new(15, 15, 15);
    private static readonly SKColor EyeRing = new(250, 250, 245);
    private static readonly SKColor Leg = new(70, 60, 55);

    /// <summary>The y of the soles of the feet in the bird's own frame, where a perch goes.</summary>
    public static float FeetY(BirdAppearance look) => BodyLength / 2 * (float)look.Plumpness + 19;

    public static IReadOnlyList<BirdPart> Build(BirdAppearance look, SKMatrix toImage)
    {
        var rx = BodyLength / 2;
        var ry = rx * (float)look.Plumpness;
        var headRadius = BodyLength * (float)look.HeadSize;
        var head = new SKPoint(rx * 0.8f, -ry * 0.85f);
        var tail = BodyLength * (float)look.TailLength;
        var beak = BodyLength * (float)look.BeakLength;

        var body = new SKPath();
        body.AddOval(new SKRect(-rx, -ry, rx, ry));
        var headCircle = new SKPath();
        headCircle.AddCircle(head.X, head.Y, headRadius);
        var eye = new SKPoint(head.X + headRadius * 0.38f, head.Y - headRadius * 0.15f);

        var parts = new List<(SKPath Path, SKColor Colour, bool Outlined)>
        {
            (Legs(ry), Leg, false),
            (Tail(rx, ry, tail), look.Tail, true),
            (body, look.Body, true),
            (Clip(body, Oval(5, ry * 0.6f, rx * 0.85f, ry * 0.75f)), look.Belly, false),
        };
        var wing = Wing(rx, ry, tail);
        parts.Add((wing, look.Wing, true));
        if (look.WingBar is { } bar)
        {
            // Two slanted bars across the folded wing, as on a chaffinch.
            parts.Add((Clip(wing, Band(-4, -ry, 7, 2.2f * ry, 25)), bar, false));
            parts.Add((Clip(wing, Band(-18, -ry, 5, 2.2f * ry, 25)), bar, false));
        }
        if (look.Crest is { } crest) parts.Add((Crest(head, headRadius), crest, true));
        parts.Add((headCircle, look.Head, true));
        if (look.EyeStripe is { } stripe)
            parts.Add((Clip(headCircle, Band(head.X - headRadius, eye.Y - headRadius * 0.16f, headRadius * 2, headRadius * 0.32f, -8)), stripe, false));
        parts.Add((Circle(eye, headRadius * 0.2f), EyeRing, false));
        parts.Add((Circle(eye, headRadius * 0.12f), Eye, false));
        parts.Add((Beak(head, headRadius, beak), look.Beak, true));

        return [.. parts.Select(p =>
        {
            p.Path.Transform(toImage);
            return new BirdPart(p.Path, p.Colour, p.Outlined);
        })];
    }

    private static SKPath Tail(float rx, float ry, float length)
    {
        var path = new SKPath();
        var root = -rx * 0.8f;
        path.MoveTo(root, -ry * 0.35f);
        path.LineTo(root - length, length * 0.15f - length * 0.18f);
        path.LineTo(root - length * 1.02f, length * 0.15f + length * 0.18f);
        path.LineTo(root + 4, ry * 0.4f);
        path.Close();
        return path;
    }

    private static SKPath Wing(float rx, float ry, float tail)
    {
        var path = new SKPath();
        var front = new SKPoint(rx * 0.5f, -ry * 0.45f);
        var tip = new SKPoint(-rx * 1.05f - tail * 0.25f, ry * 0.05f);
        path.MoveTo(front);
        path.CubicTo(rx * 0.1f, -ry * 0.95f, -rx * 0.6f, -ry * 0.7f, tip.X, tip.Y);
        path.CubicTo(-rx * 0.5f, ry * 0.45f, rx * 0.2f, ry * 0.5f, front.X, front.Y);
        path.Close();
        return path;
    }

    private static SKPath Crest(SKPoint head, float r)
    {
        var path = new SKPath();
        path.MoveTo(head.X + r * 0.2f, head.Y - r * 0.8f);
        path.LineTo(head.X - r * 0.9f, head.Y - r * 2.0f);
        path.LineTo(head.X - r * 0.5f, head.Y - r * 1.2f);
        path.LineTo(head.X - r * 1.5f, head.Y - r * 1.5f);
        path.LineTo(head.X - r * 0.7f, head.Y - r * 0.3f);
        path.Close();
        return path;
    }

    private static SKPath Beak(SKPoint head, float r, float length)
    {
        var path = new SKPath();
        path.MoveTo(head.X + r * 0.75f, head.Y - r * 0.32f);
        path.QuadTo(head.X + r + length * 0.6f, head.Y - r * 0.2f, head.X + r + length, head.Y + r * 0.12f);
        path.LineTo(head.X + r * 0.75f, head.Y + r * 0.3f);
        path.Close();
        return path;
    }

    private static SKPath Legs(float ry)
    {
        var path = new SKPath();
        foreach (var x in new[] { 6f, -8f })
        {
            // A thin shank and three toes, as polygons so the box covers them exactly.
            path.AddRect(new SKRect(x - 1.5f, ry * 0.7f, x + 1.5f, ry + 18));
            path.AddRect(new SKRect(x - 6, ry + 16, x + 9, ry + 19));
        }
        return path;
    }

    private static SKPath Oval(float cx, float cy, float rx, float ry)
    {
        var path = new SKPath();
        path.AddOval(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry));
        return path;
    }

    private static SKPath Circle(SKPoint centre, float radius)
    {
        var path = new SKPath();
        path.AddCircle(centre.X, centre.Y, radius);
        return path;
    }

    /// <summary>A rectangle rotated by <paramref name="degrees"/> about its centre.</summary>
    private static SKPath Band(float x, float y, float width, float height, float degrees)
    {
        var path = new SKPath();
        path.AddRect(new SKRect(x, y, x + width, y + height));
        path.Transform(SKMatrix.CreateRotationDegrees(degrees, x + width / 2, y + height / 2));
        return path;
    }

    /// <summary>The part of <paramref name="shape"/> inside <paramref name="within"/>; disposes <paramref name="shape"/>.</summary>
    private static SKPath Clip(SKPath within, SKPath shape)
    {
        var clipped = within.Op(shape, SKPathOp.Intersect) ?? new SKPath();
        shape.Dispose();
        return clipped;
    }
}

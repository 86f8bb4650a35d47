using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// The clutter behind a bird: a sky or foliage gradient, out-of-focus blobs, branches and leaves, and a few patches in
/// bird-like colours so that colour alone does not give the bird away.
/// </summary>
internal static class SceneBackdrop
{
    private static readonly (SKColor Top, SKColor Bottom)[] Gradients =
    [
        (new SKColor(120, 170, 225), new SKColor(215, 230, 240)), // clear sky
        (new SKColor(170, 180, 190), new SKColor(225, 225, 220)), // overcast
        (new SKColor(35, 80, 40), new SKColor(110, 150, 70)),     // deep foliage
        (new SKColor(90, 130, 60), new SKColor(170, 190, 110)),   // sunlit foliage
        (new SKColor(110, 85, 60), new SKColor(175, 150, 110)),   // bark and earth
        (new SKColor(230, 170, 120), new SKColor(120, 140, 180)), // dusk
    ];

    private static readonly SKColor[] LeafColours =
    [
        new(50, 110, 40), new(90, 150, 50), new(140, 170, 60), new(200, 170, 40), new(190, 90, 30), new(120, 70, 40), new(30, 80, 50),
    ];

    public static void Paint(SKCanvas canvas, int width, int height, Random random)
    {
        var (top, bottom) = Gradients[random.Next(Gradients.Length)];
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [Jitter(top, random), Jitter(bottom, random)], SKShaderTileMode.Clamp))
        using (var sky = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, width, height, sky);
        }

        using var paint = new SKPaint { IsAntialias = true };
        var scale = Math.Min(width, height);
        using (var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, scale / 40f))
        {
            // Out-of-focus background: soft blobs of leaf, sky and bird-like colours.
            paint.MaskFilter = blur;
            for (var i = random.Next(6, 16); i > 0; i--)
            {
                paint.Color = (random.NextDouble() < 0.25 ? SceneColours.BirdLike(random) : LeafColours[random.Next(LeafColours.Length)]).WithAlpha((byte)random.Next(90, 220));
                var r = scale * (0.05f + 0.2f * random.NextSingle());
                canvas.DrawOval(random.NextSingle() * width, random.NextSingle() * height, r, r * (0.5f + random.NextSingle()), paint);
            }
            paint.MaskFilter = null;
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            DrawBranch(canvas, paint, random, new SKPoint(random.NextSingle() * width, random.NextSingle() * height), scale);
        }
        for (var i = random.Next(5, 25); i > 0; i--)
        {
            DrawLeaf(canvas, paint, random, new SKPoint(random.NextSingle() * width, random.NextSingle() * height), scale * (0.04f + 0.08f * random.NextSingle()));
        }
        // Small sharp patches in saturated colours: distractors the size of a bird's head or wing.
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            paint.Color = SceneColours.BirdLike(random);
            var r = scale * (0.02f + 0.05f * random.NextSingle());
            canvas.DrawOval(random.NextSingle() * width, random.NextSingle() * height, r, r * (0.5f + random.NextSingle()), paint);
        }
    }

    /// <summary>A branch from <paramref name="start"/> at a random angle, with a side twig or two and some leaves.</summary>
    public static void DrawBranch(SKCanvas canvas, SKPaint paint, Random random, SKPoint start, float scale)
    {
        var angle = random.NextDouble() * Math.PI * 2;
        var length = scale * (0.6f + random.NextSingle());
        var end = new SKPoint(start.X + (float)Math.Cos(angle) * length, start.Y + (float)Math.Sin(angle) * length);
        DrawStick(canvas, paint, random, start, end, scale * (0.012f + 0.02f * random.NextSingle()));
        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var t = 0.2f + 0.6f * random.NextSingle();
            var from = new SKPoint(start.X + (end.X - start.X) * t, start.Y + (end.Y - start.Y) * t);
            var twigAngle = angle + (random.NextDouble() < 0.5 ? -1 : 1) * (0.4 + 0.6 * random.NextDouble());
            var twigLength = length * (0.15f + 0.25f * random.NextSingle());
            var to = new SKPoint(from.X + (float)Math.Cos(twigAngle) * twigLength, from.Y + (float)Math.Sin(twigAngle) * twigLength);
            DrawStick(canvas, paint, random, from, to, scale * 0.008f);
            DrawLeaf(canvas, paint, random, to, scale * (0.04f + 0.05f * random.NextSingle()));
        }
    }

    public static void DrawStick(SKCanvas canvas, SKPaint paint, Random random, SKPoint from, SKPoint to, float thickness)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeCap = SKStrokeCap.Round;
        paint.StrokeWidth = Math.Max(1.5f, thickness);
        paint.Color = new SKColor((byte)random.Next(70, 120), (byte)random.Next(50, 85), (byte)random.Next(30, 60));
        canvas.DrawLine(from, to, paint);
        paint.Style = SKPaintStyle.Fill;
    }

    /// <summary>A pointed leaf of length <paramref name="size"/> at <paramref name="at"/>, turned at random.</summary>
    public static void DrawLeaf(SKCanvas canvas, SKPaint paint, Random random, SKPoint at, float size)
    {
        using var leaf = new SKPath();
        leaf.MoveTo(0, 0);
        leaf.QuadTo(size * 0.5f, -size * 0.35f, size, 0);
        leaf.QuadTo(size * 0.5f, size * 0.35f, 0, 0);
        leaf.Close();
        leaf.Transform(SKMatrix.CreateTranslation(at.X, at.Y).PreConcat(SKMatrix.CreateRotationDegrees(random.NextSingle() * 360)));
        paint.Style = SKPaintStyle.Fill;
        paint.Color = LeafColours[random.Next(LeafColours.Length)];
        canvas.DrawPath(leaf, paint);
    }

    private static SKColor Jitter(SKColor c, Random random)
    {
        byte Move(byte v) => (byte)Math.Clamp(v + random.Next(-20, 21), 0, 255);
        return new SKColor(Move(c.Red), Move(c.Green), Move(c.Blue));
    }
}

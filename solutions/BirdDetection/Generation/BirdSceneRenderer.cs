using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// Draws one bird on a cluttered backdrop at a random size (its box 25-60% of the image's larger side), position and
/// tilt, often on a perch and sometimes partly hidden by leaves, and encodes it as a JPEG.
/// </summary>
public static class BirdSceneRenderer
{
    /// <summary>The JPEG quality, set explicitly so that the same seed gives the same bytes.</summary>
    public const int JpegQuality = 90;

    public const int MinimumWidth = 256;

    public const int MaximumWidth = 400;

    public static RenderedBirdScene Render(BirdAppearance appearance, bool facesRight, int seed)
    {
        var random = new Random(seed);
        var width = random.Next(MinimumWidth, MaximumWidth + 1);
        var height = (int)Math.Round(width / (0.75 + 0.6 * random.NextDouble()));

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        SceneBackdrop.Paint(canvas, width, height, random);

        var pose = Place(appearance, facesRight, width, height, random);
        var scale = (float)pose.BodyLength;
        using var paint = new SKPaint { IsAntialias = true };
        if (random.NextDouble() < 0.6)
        {
            var feet = BirdPainter.ToImage(pose, 0, BirdParts.FeetY(appearance));
            var reach = width * (0.3f + 0.7f * random.NextSingle());
            var slope = (random.NextSingle() - 0.5f) * 0.4f;
            SceneBackdrop.DrawStick(canvas, paint, random,
                new SKPoint(feet.X - reach, feet.Y - reach * slope), new SKPoint(feet.X + reach, feet.Y + reach * slope), scale * 0.08f);
        }
        var box = BirdPainter.Paint(canvas, appearance, pose);
        var occluded = random.NextDouble() < 0.35;
        if (occluded)
        {
            // A twig with a few leaves over one part of the bird, hiding some of it but never most of it.
            var at = new SKPoint((float)(box.X + box.Width * random.NextDouble()), (float)(box.Y + box.Height * random.NextDouble()));
            var size = (float)Math.Max(box.Width, box.Height);
            var from = new SKPoint(at.X + size * (random.NextSingle() - 0.5f), at.Y - size * 0.6f);
            SceneBackdrop.DrawStick(canvas, paint, random, from, at, scale * 0.04f);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                SceneBackdrop.DrawLeaf(canvas, paint, random, at, size * (0.2f + 0.2f * random.NextSingle()));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return new RenderedBirdScene(width, height, box, facesRight, occluded, jpeg.ToArray());
    }

    /// <summary>Scales the bird so its box spans 25-60% of the image along its tighter side, then places it wholly inside.</summary>
    private static BirdPose Place(BirdAppearance appearance, bool facesRight, int width, int height, Random random)
    {
        var tilt = (random.NextDouble() - 0.5) * 30;
        var unit = BirdPainter.Measure(appearance, new BirdPose(0, 0, 100, tilt, facesRight));
        var share = 0.25 + 0.35 * random.NextDouble();
        var bodyLength = 100 * share / Math.Max(unit.Width / width, unit.Height / height);
        var sized = BirdPainter.Measure(appearance, new BirdPose(0, 0, bodyLength, tilt, facesRight));
        // One pixel of margin keeps the rounded-out box inside the image.
        var x = 1 - sized.X + random.NextDouble() * (width - 2 - sized.Width);
        var y = 1 - sized.Y + random.NextDouble() * (height - 2 - sized.Height);
        return new BirdPose(x, y, bodyLength, tilt, facesRight);
    }
}

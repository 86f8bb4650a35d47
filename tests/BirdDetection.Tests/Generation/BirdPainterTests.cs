using SkiaSharp;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Generation;

namespace Solutions.BirdDetection.Tests.Generation;

public sealed class BirdPainterTests
{
    private static readonly BirdAppearance Look = SpeciesCatalogue.Create(3, seed: 11)[0].Appearance with
    {
        WingBar = SKColors.White,
        EyeStripe = SKColors.Black,
        Crest = SKColors.Red,
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_box_is_the_tight_bounds_of_the_painted_pixels(bool facesRight)
    {
        var pose = new BirdPose(100, 80, 90, 10, facesRight);
        using var bitmap = new SKBitmap(new SKImageInfo(200, 160, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using var canvas = new SKCanvas(bitmap);

        var box = BirdPainter.Paint(canvas, Look, pose);

        var (left, top, right, bottom) = PaintedBounds(bitmap);
        // Anti-aliasing and the outline's half width may spill a pixel or two past the shapes' geometric bounds.
        Assert.InRange(box.X - left, -1, 2.5);
        Assert.InRange(box.Y - top, -1, 2.5);
        Assert.InRange(right - box.Right, -1, 2.5);
        Assert.InRange(bottom - box.Bottom, -1, 2.5);
        Assert.Equal(box, BirdPainter.Measure(Look, pose));
    }

    [Fact]
    public void A_left_facing_bird_is_the_mirror_image_of_a_right_facing_one()
    {
        var right = BirdPainter.Measure(Look, new BirdPose(100, 80, 90, 12, FacesRight: true));
        var left = BirdPainter.Measure(Look, new BirdPose(100, 80, 90, 12, FacesRight: false));

        // Mirroring about x = 100 is mirroring in a 200-wide image: x' = 200 - x - width.
        var mirrored = right.MirroredHorizontally(200);
        Assert.Equal(mirrored.X, left.X, 3);
        Assert.Equal(mirrored.Y, left.Y, 3);
        Assert.Equal(mirrored.Width, left.Width, 3);
        Assert.Equal(mirrored.Height, left.Height, 3);
    }

    [Fact]
    public void The_head_is_on_the_facing_side()
    {
        // The beak tip lies ahead of the head, which sits ahead of the body's centre, in the bird's own frame.
        var pose = new BirdPose(100, 80, 90, 0, FacesRight: true);
        var beakRight = BirdPainter.ToImage(pose, 80, -20);
        var beakLeft = BirdPainter.ToImage(pose with { FacesRight = false }, 80, -20);

        // Body length 90 is 0.9 image pixels per frame unit: 100 + 0.9 * 80 = 172 and 100 - 72 = 28.
        Assert.Equal(172, beakRight.X, 3);
        Assert.Equal(28, beakLeft.X, 3);
        Assert.Equal(80 - 0.9 * 20, beakRight.Y, 3);
    }

    private static (int Left, int Top, int Right, int Bottom) PaintedBounds(SKBitmap bitmap)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Alpha < 16) continue;
                left = Math.Min(left, x);
                top = Math.Min(top, y);
                right = Math.Max(right, x + 1);
                bottom = Math.Max(bottom, y + 1);
            }
        }
        return (left, top, right, bottom);
    }
}

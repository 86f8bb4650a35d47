using SkiaSharp;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Reporting;

namespace Solutions.BirdDetection.Tests.Reporting;

public sealed class DetectionPictureTests
{
    [Fact]
    public void Boxes_are_drawn_where_the_normalised_coordinates_say_on_a_picture_at_least_480_wide()
    {
        using var image = TestImages.Solid(240, 160, SKColors.White);
        var bird = new DetectedBird(new SpeciesLabel(0, 17, "Cardinal"), 0.9, new NormalisedBox(0.25, 0.25, 0.75, 0.75));

        using var picture = DetectionPicture.Draw(image, [bird], new NormalisedBox(0.1, 0.1, 0.2, 0.9));

        // 240 x 160 is scaled by 480 / 240 = 2 to 480 x 320. The detection's left edge is at 0.25 x 480 = 120 and its
        // vertical middle at 0.5 x 320 = 160; the annotated box's left edge at 0.1 x 480 = 48, from y = 32 to 288.
        Assert.Equal((480, 320), (picture.Width, picture.Height));
        Assert.Equal(new SKColor(255, 120, 0), picture.GetPixel(120, 160));
        Assert.Equal(new SKColor(0, 200, 70), picture.GetPixel(48, 200));
        Assert.Equal(SKColors.White, picture.GetPixel(240, 160));
    }

    [Fact]
    public void The_label_text_is_rendered_with_the_embedded_font()
    {
        using var image = TestImages.Solid(480, 320, SKColors.White);
        var bird = new DetectedBird(new SpeciesLabel(0, 17, "Cardinal"), 0.9, new NormalisedBox(0.25, 0.5, 0.75, 0.9));

        using var picture = DetectionPicture.Draw(image, [bird]);

        // The label sits above the box (y 160): its background is orange, and black glyph pixels are drawn on it.
        var label = Enumerable.Range(120, 120).SelectMany(x => Enumerable.Range(140, 20).Select(y => picture.GetPixel(x, y))).ToList();
        Assert.Contains(label, c => c.Red < 60 && c.Green < 60 && c.Blue < 60);
        Assert.Contains(label, c => c == new SKColor(255, 120, 0));
    }
}

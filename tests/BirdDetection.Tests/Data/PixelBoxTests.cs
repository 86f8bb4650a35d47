using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Tests.Data;

public sealed class PixelBoxTests
{
    [Fact]
    public void Normalising_divides_by_the_image_size()
    {
        // A 60 x 27 box at (60, 27) in a 300 x 200 image: xmin 60/300 = 0.2, ymin 27/200 = 0.135,
        // xmax (60 + 60)/300 = 0.4, ymax (27 + 27)/200 = 0.27.
        var box = new PixelBox(60, 27, 60, 27).ToNormalised(300, 200);

        Assert.Equal(0.2, box.XMin, 12);
        Assert.Equal(0.135, box.YMin, 12);
        Assert.Equal(0.4, box.XMax, 12);
        Assert.Equal(0.27, box.YMax, 12);
    }

    [Fact]
    public void Mirroring_moves_the_box_to_the_other_side()
    {
        // x' = W - x - width = 300 - 60 - 100 = 140; y and the size stay.
        var mirrored = new PixelBox(60, 27, 100, 50).MirroredHorizontally(300);

        Assert.Equal(new PixelBox(140, 27, 100, 50), mirrored);
        Assert.Equal(new PixelBox(60, 27, 100, 50), mirrored.MirroredHorizontally(300));
    }

    [Fact]
    public void Mirroring_in_pixels_agrees_with_mirroring_the_normalised_box()
    {
        var box = new PixelBox(10, 20, 30, 40);

        var viaPixels = box.MirroredHorizontally(200).ToNormalised(200, 100);
        var viaNormalised = box.ToNormalised(200, 100).MirroredHorizontally();

        // (200 - 10 - 30) / 200 = 0.8 and (200 - 10) / 200 = 0.95, both ways.
        Assert.Equal(0.8, viaPixels.XMin, 12);
        Assert.Equal(viaNormalised.XMin, viaPixels.XMin, 12);
        Assert.Equal(0.95, viaPixels.XMax, 12);
        Assert.Equal(viaNormalised.XMax, viaPixels.XMax, 12);
    }

    [Fact]
    public void A_box_reaching_past_the_image_cannot_be_normalised() =>
        Assert.Throws<ArgumentException>(() => new PixelBox(250, 0, 60, 10).ToNormalised(300, 200));

    [Theory]
    [InlineData(0, 0, 0, 10)]
    [InlineData(0, 0, 10, -1)]
    [InlineData(double.NaN, 0, 10, 10)]
    public void An_empty_or_undefined_box_is_refused(double x, double y, double width, double height) =>
        Assert.Throws<ArgumentException>(() => new PixelBox(x, y, width, height));
}

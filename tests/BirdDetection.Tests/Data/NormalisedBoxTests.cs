using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Tests.Data;

public sealed class NormalisedBoxTests
{
    [Fact]
    public void Mirroring_maps_the_left_edge_to_the_right()
    {
        var box = new NormalisedBox(0.1, 0.2, 0.4, 0.9).MirroredHorizontally();

        // x' = 1 - x: the right edge 0.4 becomes the left edge 0.6, the left edge 0.1 the right edge 0.9.
        Assert.Equal(0.6, box.XMin, 12);
        Assert.Equal(0.9, box.XMax, 12);
        Assert.Equal(0.2, box.YMin, 12);
        Assert.Equal(0.9, box.YMax, 12);
    }

    [Fact]
    public void Intersection_over_union_of_half_overlapping_squares_is_one_third()
    {
        var a = new NormalisedBox(0, 0, 0.2, 0.2);
        var b = new NormalisedBox(0.1, 0, 0.3, 0.2);

        // Intersection 0.1 x 0.2 = 0.02; union 0.04 + 0.04 - 0.02 = 0.06.
        Assert.Equal(1.0 / 3, a.IntersectionOverUnion(b), 12);
        Assert.Equal(0, a.IntersectionOverUnion(new NormalisedBox(0.5, 0.5, 0.6, 0.6)));
    }

    [Theory]
    [InlineData(0.5, 0.1, 0.4, 0.2)]
    [InlineData(-0.1, 0.1, 0.4, 0.2)]
    [InlineData(0.1, 0.1, 1.2, 0.2)]
    public void A_box_outside_the_unit_square_or_inverted_is_refused(double xMin, double yMin, double xMax, double yMax) =>
        Assert.Throws<ArgumentException>(() => new NormalisedBox(xMin, yMin, xMax, yMax));
}

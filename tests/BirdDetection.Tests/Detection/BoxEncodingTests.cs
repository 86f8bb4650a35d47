using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Detection;

public sealed class BoxEncodingTests
{
    private static readonly DetectionHeadOptions Options = new() { PriorWidth = 0.5, PriorHeight = 0.25 };

    [Fact]
    public void A_box_is_encoded_against_the_cell_holding_its_centre()
    {
        // Centre (0.35, 0.6) on a 10 x 10 map is at (3.5, 6.0) in cell units: cell (3, 6), whose centre is (3.5, 6.5),
        // so offsets (0, -0.5). Width 0.5 = prior: log 1 = 0; height 0.5 = 2 x prior 0.25: log 2.
        var target = BoxEncoding.Encode(new GroundTruthObject(4, new NormalisedBox(0.1, 0.35, 0.6, 0.85)), 10, 10, Options);

        Assert.Equal(6 * 10 + 3, target.Cell);
        Assert.Equal(4, target.ClassIndex);
        Assert.Equal(0, target.OffsetX, 5);
        Assert.Equal(-0.5, target.OffsetY, 5);
        Assert.Equal(0, target.LogWidth, 5);
        Assert.Equal(Math.Log(2), target.LogHeight, 5);
    }

    [Fact]
    public void Decoding_an_encoding_gives_the_box_back()
    {
        var box = new NormalisedBox(0.12, 0.3, 0.47, 0.91);
        var target = BoxEncoding.Encode(new GroundTruthObject(0, box), 7, 9, Options);

        var decoded = BoxEncoding.Decode([target.OffsetX, target.OffsetY, target.LogWidth, target.LogHeight], target.Cell, 7, 9, Options);

        Assert.Equal(1, decoded.IntersectionOverUnion(box), 5);
    }

    [Fact]
    public void A_decoded_box_is_clipped_to_the_image_and_never_empty()
    {
        // Cell (0, 0) of a 10 x 10 map, centre pushed 2 cells up-left and sized e^6 x prior: clipped to the corner.
        var huge = BoxEncoding.Decode([-2, -2, 20, 20], 0, 10, 10, Options);
        Assert.Equal(new NormalisedBox(0, 0, 1, 1), huge);

        // Centre far right of the image and a vanishing size: still a valid box at the right edge.
        var outside = BoxEncoding.Decode([30, 0, -20, -20], 9, 10, 10, Options);
        Assert.True(outside.XMax <= 1 && outside.XMin < outside.XMax);
    }
}

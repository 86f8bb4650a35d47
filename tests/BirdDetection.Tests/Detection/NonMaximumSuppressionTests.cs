using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Detection;

public sealed class NonMaximumSuppressionTests
{
    private static readonly NormalisedBox Square = new(0.0, 0.0, 0.4, 0.4);
    // Shifted by 0.05: intersection 0.35 x 0.4 = 0.14, union 0.16 + 0.16 - 0.14 = 0.18, IoU 0.78.
    private static readonly NormalisedBox Shifted = new(0.05, 0.0, 0.45, 0.4);
    // Shifted by 0.2: intersection 0.2 x 0.4 = 0.08, union 0.24, IoU 1/3.
    private static readonly NormalisedBox Neighbour = new(0.2, 0.0, 0.6, 0.4);

    [Fact]
    public void An_overlapping_lower_score_of_the_same_class_is_suppressed()
    {
        var kept = NonMaximumSuppression.Select(
            [new DetectedObject(0, 0.6, Shifted), new DetectedObject(0, 0.9, Square), new DetectedObject(0, 0.5, Neighbour)], 0.45, 10);

        Assert.Equal([new DetectedObject(0, 0.9, Square), new DetectedObject(0, 0.5, Neighbour)], kept);
    }

    [Fact]
    public void Other_classes_are_not_suppressed_and_top_k_keeps_the_best()
    {
        DetectedObject[] candidates = [new(0, 0.9, Square), new(1, 0.8, Square), new(2, 0.7, Shifted), new(0, 0.6, Shifted)];

        Assert.Equal(candidates[..3], NonMaximumSuppression.Select(candidates, 0.45, 10));
        Assert.Equal(candidates[..2], NonMaximumSuppression.Select(candidates, 0.45, 2));
    }
}

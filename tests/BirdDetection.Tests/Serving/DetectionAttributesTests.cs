using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Serving;

namespace Solutions.BirdDetection.Tests.Serving;

public sealed class DetectionAttributesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" , ,")]
    public void No_attributes_keep_the_defaults(string? attributes) =>
        Assert.Equal(InferenceOptions.Default, DetectionAttributes.Parse(attributes));

    [Fact]
    public void Threshold_top_k_and_nms_threshold_are_read_in_any_order_with_spaces()
    {
        var options = DetectionAttributes.Parse(" top_k = 5 ,threshold=0.3, nms_threshold=0.6 ");

        Assert.Equal(new InferenceOptions { ScoreThreshold = 0.3, TopK = 5, NmsIouThreshold = 0.6 }, options);
    }

    [Fact]
    public void Attributes_not_given_keep_their_defaults()
    {
        var options = DetectionAttributes.Parse("top_k=1");

        Assert.Equal(InferenceOptions.Default with { TopK = 1 }, options);
    }

    [Theory]
    [InlineData("threshold=1.5", "threshold must be a number from 0 to 1, not '1.5'")]
    [InlineData("threshold=-0.1", "threshold must be a number from 0 to 1, not '-0.1'")]
    [InlineData("threshold=high", "threshold must be a number from 0 to 1, not 'high'")]
    [InlineData("threshold=", "threshold must be a number from 0 to 1, not ''")]
    [InlineData("threshold=0,5", "'5' is not a key=value pair")]
    [InlineData("nms_threshold=NaN", "nms_threshold must be a number from 0 to 1, not 'NaN'")]
    [InlineData("top_k=0", "top_k must be a whole number from 1 to 1000, not '0'")]
    [InlineData("top_k=2.5", "top_k must be a whole number from 1 to 1000, not '2.5'")]
    [InlineData("top_k=1001", "top_k must be a whole number from 1 to 1000, not '1001'")]
    [InlineData("top_k=-3", "top_k must be a whole number from 1 to 1000, not '-3'")]
    [InlineData("threshold", "'threshold' is not a key=value pair; expected e.g. threshold=0.3,top_k=5")]
    [InlineData("=0.3", "'=0.3' is not a key=value pair")]
    [InlineData("treshold=0.3", "'treshold' is not a detection attribute; expected threshold, top_k or nms_threshold")]
    [InlineData("top_k=3,top_k=4", "top_k is given twice")]
    public void A_bad_attribute_is_refused_naming_it_and_what_is_expected(string attributes, string problem)
    {
        var error = Assert.Throws<FormatException>(() => DetectionAttributes.Parse(attributes));

        Assert.StartsWith("X-Amzn-SageMaker-Custom-Attributes: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}

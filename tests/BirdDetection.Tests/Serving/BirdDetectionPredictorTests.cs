using SkiaSharp;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Serving;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Tests.Serving;

[Collection(BirdServingCollection.Name)]
public sealed class BirdDetectionPredictorTests(TinyBirdBundles bundles) : IDisposable
{
    private readonly BirdDetectionPredictor _predictor = BirdDetectionPredictor.Load(bundles.FlippedFolder);
    private readonly BirdDetector _reference = BirdDetector.Load(bundles.FlippedFolder);

    [Fact]
    public void It_takes_jpeg_png_and_x_image_and_answers_json()
    {
        Assert.Equal(["image/jpeg", "image/png", "application/x-image"], _predictor.ContentTypes);
        Assert.Equal(["application/json"], _predictor.AcceptTypes);
    }

    [Fact]
    public void Without_attributes_the_rows_are_the_detectors_default_answer_exactly()
    {
        var response = _predictor.Predict(Request(bundles.Jpeg, attributes: null));

        Assert.Equal("application/json", response.ContentType);
        var expected = _reference.Detect(bundles.Jpeg, "bird.jpg", InferenceOptions.Default).Select(b => b.ToSageMakerRow()).ToList();
        Assert.Equal(expected, DetectionRows.Parse(response.Body.Span));
    }

    [Fact]
    public void Threshold_zero_and_top_k_give_exactly_k_rows_highest_score_first()
    {
        // With no threshold, 3 species over 10 x 10 cells leave far more than 7 boxes after suppression, so top_k decides.
        var rows = DetectionRows.Parse(_predictor.Predict(Request(bundles.Jpeg, "threshold=0,top_k=7")).Body.Span);

        var expected = _reference.Detect(bundles.Jpeg, "bird.jpg", new InferenceOptions { ScoreThreshold = 0, TopK = 7 });
        Assert.Equal(7, rows.Count);
        Assert.Equal(expected.Select(b => b.ToSageMakerRow()), rows);
        Assert.Equal(rows.Select(r => r[1]).OrderDescending(), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.InRange(r[0], 0, bundles.Species - 1));
        Assert.All(rows, r => Assert.True(r[2] <= r[4] && r[3] <= r[5] && r[2] >= 0 && r[5] <= 1, $"box [{r[2]}, {r[3]}, {r[4]}, {r[5]}]"));
    }

    [Fact]
    public void A_threshold_drops_lower_scores_as_the_detector_does()
    {
        var all = DetectionRows.Parse(_predictor.Predict(Request(bundles.Jpeg, "threshold=0,top_k=1000")).Body.Span);
        // The median score of all boxes: about half of them stay.
        var median = all.Select(r => r[1]).Order().ElementAt(all.Count / 2);
        var attributes = FormattableString.Invariant($"threshold={median:R},top_k=1000,nms_threshold=0.45");

        var rows = DetectionRows.Parse(_predictor.Predict(Request(bundles.Jpeg, attributes)).Body.Span);

        var expected = _reference.Detect(bundles.Jpeg, "bird.jpg", new InferenceOptions { ScoreThreshold = median, TopK = 1000 });
        Assert.Equal(expected.Select(b => b.ToSageMakerRow()), rows);
        Assert.All(rows, r => Assert.True(r[1] >= median));
        Assert.InRange(rows.Count, 1, all.Count - 1);
    }

    [Fact]
    public void A_png_is_read_whatever_content_type_it_came_with()
    {
        using var bitmap = SKBitmap.Decode(bundles.Jpeg);
        var png = TestImages.Encode(bitmap, SKEncodedImageFormat.Png);

        var asPng = DetectionRows.Parse(_predictor.Predict(Request(png, "threshold=0,top_k=3", "image/png")).Body.Span);
        var mislabelled = DetectionRows.Parse(_predictor.Predict(Request(png, "threshold=0,top_k=3", "image/jpeg")).Body.Span);

        Assert.Equal(_reference.Detect(png, "bird.png", new InferenceOptions { ScoreThreshold = 0, TopK = 3 }).Select(b => b.ToSageMakerRow()), asPng);
        Assert.Equal(asPng, mislabelled);
    }

    [Fact]
    public void Bad_images_are_refused_as_invalid_data_naming_the_request_image()
    {
        (byte[] Body, string Problem)[] cases =
        [
            (BadImages.Corrupt(), "expected a JPEG or PNG image"),
            ("just some text"u8.ToArray(), "is not a readable image"),
            (BadImages.WebP(), "is a Webp image; expected a JPEG or PNG image"),
            (BadImages.Truncated(bundles.Jpeg), "is truncated"),
            // 9,000 x 9,000 = 81,000,000 pixels, over the 25,000,000 limit: refused from the header, nothing decoded.
            (BadImages.Declaring(9000, 9000), "is 9000 x 9000"),
        ];
        foreach (var (body, problem) in cases)
        {
            var error = Assert.Throws<InvalidDataException>(() => _predictor.Predict(Request(body, attributes: null)));
            Assert.StartsWith(BirdDetectionPredictor.ImageSource, error.Message);
            Assert.Contains(problem, error.Message);
        }
    }

    [Fact]
    public void An_image_of_exactly_the_pixel_limit_is_answered()
    {
        // 5,000 x 5,000 = 25,000,000 pixels is the limit itself, so the header passes; the decoder fills the rows the
        // 16 x 16 image's data does not cover, and the detector answers as for any image.
        var response = _predictor.Predict(Request(BadImages.Declaring(5000, 5000), "threshold=0,top_k=2"));

        Assert.Equal(2, DetectionRows.Parse(response.Body.Span).Count);
    }

    [Fact]
    public void Bad_attributes_are_refused_before_the_image_is_read() =>
        Assert.Throws<FormatException>(() => _predictor.Predict(Request(BadImages.Corrupt(), "top_k=many")));

    public void Dispose()
    {
        _predictor.Dispose();
        _reference.Dispose();
    }

    private static DocumentRequest Request(byte[] body, string? attributes, string contentType = "image/jpeg") =>
        new(body, contentType, "application/json", attributes);
}

using System.Net;
using System.Text.Json;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Serving;

namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>The predictor behind the shared serving host, as <c>serve</c> runs it: status codes and bodies a client sees.</summary>
[Collection(BirdServingCollection.Name)]
public sealed class BirdServingHostTests(TinyBirdBundles bundles)
{
    [Theory]
    [InlineData("image/jpeg", null)]
    [InlineData("application/x-image", "application/json")]
    [InlineData("image/jpeg", "*/*")]
    public async Task A_jpeg_gets_200_and_the_detections_as_json(string contentType, string? accept)
    {
        await using var server = await DocumentTestServer.StartAsync(BirdDetectionPredictor.Load(bundles.FlippedFolder));
        using var reference = BirdDetector.Load(bundles.FlippedFolder);

        var response = await server.InvokeAsync(bundles.Jpeg, contentType, accept, customAttributes: "threshold=0,top_k=4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = reference.Detect(bundles.Jpeg, "bird.jpg", new InferenceOptions { ScoreThreshold = 0, TopK = 4 });
        Assert.Equal(expected.Select(b => b.ToSageMakerRow()), DetectionRows.Parse(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Csv_in_or_out_is_refused_with_415_and_406()
    {
        await using var server = await DocumentTestServer.StartAsync(BirdDetectionPredictor.Load(bundles.FlippedFolder));

        var csvIn = await server.InvokeAsync(bundles.Jpeg, "text/csv");
        var csvOut = await server.InvokeAsync(bundles.Jpeg, "image/jpeg", accept: "text/csv");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, csvIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, csvOut.StatusCode);
    }

    [Fact]
    public async Task Empty_corrupt_webp_huge_images_and_bad_attributes_get_400_with_the_reason()
    {
        await using var server = await DocumentTestServer.StartAsync(BirdDetectionPredictor.Load(bundles.FlippedFolder));
        (byte[] Body, string? Attributes, string Problem)[] cases =
        [
            ([], null, "the request body is empty"),
            (BadImages.Corrupt(), null, "the request image"),
            (BadImages.WebP(), null, "is a Webp image; expected a JPEG or PNG image"),
            (BadImages.Truncated(bundles.Jpeg), null, "the request image is truncated"),
            (BadImages.Declaring(9000, 9000), null, "at most"),
            (bundles.Jpeg, "threshold=2", "X-Amzn-SageMaker-Custom-Attributes: threshold must be a number from 0 to 1, not '2'"),
        ];

        foreach (var (body, attributes, problem) in cases)
        {
            var response = await server.InvokeAsync(body, "image/jpeg", customAttributes: attributes);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(problem, message.RootElement.GetProperty("message").GetString());
        }

        // And the server is unharmed: the next good image is answered.
        Assert.Equal(HttpStatusCode.OK, (await server.InvokeAsync(bundles.Jpeg, "image/jpeg")).StatusCode);
    }
}

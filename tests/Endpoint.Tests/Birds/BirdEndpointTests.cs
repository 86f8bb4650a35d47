using System.Text.Json;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Inference;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Integration;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Endpoint.Tests.Birds;

/// <summary>The baseline and flipped bird detectors behind one endpoint, compared A/B by container hostname.</summary>
public sealed class BirdEndpointTests(BirdEndpointFixture host) : IClassFixture<BirdEndpointFixture>
{
    [Fact]
    public void Birds_json_hosts_both_models_in_direct_mode_and_the_suite_can_load_and_train_them()
    {
        var endpoint = Assert.Single(host.Config.Endpoints);

        Assert.Equal("birds", endpoint.EndpointName);
        Assert.Equal(
            [("baseline", "artifacts/birds/models/baseline", "BirdDetection"), ("flipped", "artifacts/birds/models/flipped", "BirdDetection")],
            endpoint.Containers.Select(c => (c.ContainerHostname, c.ModelDataUrl, c.Solution)));
        Assert.Contains(SuiteSolutions.DocumentLoaders, l => l.Solution == BirdBundle.SolutionName);
        Assert.Contains(SuiteSolutions.Trainers, t => t.Solution == BirdBundle.SolutionName);
    }

    [Fact]
    public void The_missing_bundles_were_trained_each_with_its_own_head()
    {
        Assert.Equal([host.BundleFolder("baseline"), host.BundleFolder("flipped")], host.Trained);
        Assert.StartsWith("baseline detection head", ModelBundle.ReadManifest(host.BundleFolder("baseline")).Trainer);
        Assert.StartsWith("flipped detection head", ModelBundle.ReadManifest(host.BundleFolder("flipped")).Trainer);
    }

    [Fact]
    public async Task Each_container_answers_with_its_own_model_on_one_shared_backbone()
    {
        using var client = new HttpClient();
        var baseline = await InvokeAsync(client, "baseline", "threshold=0,top_k=5");
        var flipped = await InvokeAsync(client, "flipped", "threshold=0,top_k=5");

        Assert.True(baseline.Status == 200, baseline.Body);
        Assert.True(flipped.Status == 200, flipped.Body);
        var options = new InferenceOptions { ScoreThreshold = 0, TopK = 5 };
        Assert.Equal(Expected("baseline", options), Rows(baseline.Body));
        Assert.Equal(Expected("flipped", options), Rows(flipped.Body));
        Assert.NotEqual(Rows(baseline.Body), Rows(flipped.Body));
        Assert.Equal(1, host.Loader.BackbonesLoaded);
    }

    [Fact]
    public async Task A_corrupt_image_is_a_model_error_carrying_the_400_and_its_reason()
    {
        using var client = new HttpClient();
        var answer = await InvokeAsync(client, "flipped", null, host.Jpeg[..(host.Jpeg.Length / 2)]);

        Assert.Equal((424, "ModelError"), (answer.Status, answer.ErrorCode));
        Assert.Equal(400, answer.Json.GetProperty("OriginalStatusCode").GetInt32());
        Assert.Equal("the request image is truncated: the image data ends before the last row", answer.Json.GetProperty("OriginalMessage").GetString());
    }

    [Fact]
    public async Task The_aws_cli_sends_a_jpeg_and_gets_the_detection_json()
    {
        var folder = Directory.CreateTempSubdirectory("aws-cli-birds-").FullName;
        var image = Path.Combine(folder, "bird.jpg");
        var answer = Path.Combine(folder, "detections.json");
        await File.WriteAllBytesAsync(image, host.Jpeg);

        var (exit, output, error) = await AwsTool.RunAsync("aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "birds", "--target-container-hostname", "flipped", "--body", "fileb://" + image,
            "--content-type", "image/jpeg", "--custom-attributes", "threshold=0,top_k=3", "--endpoint-url", host.BaseUrl, answer);

        Assert.True(exit == 0, error);
        using var metadata = JsonDocument.Parse(output);
        Assert.Equal("application/json", metadata.RootElement.GetProperty("ContentType").GetString());
        var rows = Rows(await File.ReadAllTextAsync(answer));
        Assert.Equal(3, rows.Count);
        Assert.Equal(Expected("flipped", new InferenceOptions { ScoreThreshold = 0, TopK = 3 }), rows);
        Directory.Delete(folder, recursive: true);
    }

    private async Task<RuntimeAnswer> InvokeAsync(HttpClient client, string target, string? attributes, byte[]? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{host.BaseUrl}/endpoints/birds/invocations") { Content = new ByteArrayContent(body ?? host.Jpeg) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "image/jpeg");
        request.Headers.TryAddWithoutValidation(RuntimeHeaders.TargetContainerHostname, target);
        if (attributes is not null) request.Headers.TryAddWithoutValidation(RuntimeHeaders.CustomAttributes, attributes);
        return await RuntimeAnswer.ReadAsync(await client.SendAsync(request));
    }

    private List<double[]> Expected(string hostname, InferenceOptions options)
    {
        using var detector = BirdDetector.Load(host.BundleFolder(hostname));
        return [.. detector.Detect(host.Jpeg, "bird.jpg", options).Select(b => b.ToSageMakerRow())];
    }

    /// <summary>SageMaker's object detection JSON: {"prediction": [[class_index, score, xmin, ymin, xmax, ymax], ...]}.</summary>
    private static List<double[]> Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        var prediction = Assert.Single(document.RootElement.EnumerateObject());
        Assert.Equal("prediction", prediction.Name);
        return [.. prediction.Value.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray())];
    }
}

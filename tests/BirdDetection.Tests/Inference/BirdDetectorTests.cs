using System.Text.Json.Nodes;
using SkiaSharp;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Tests.Bundles;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.BirdDetection.Tests.Inference;

public sealed class BirdDetectorTests : IDisposable
{
    private static readonly InferenceOptions Everything = new() { ScoreThreshold = 0, TopK = 5 };
    private readonly string _parent = Directory.CreateTempSubdirectory("bird-detector-").FullName;

    [Fact]
    public void Detecting_runs_the_backbone_then_the_head_and_names_the_species()
    {
        var head = TrainedHeads.OnRandomMaps(classCount: 2, seed: 4);
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 128 });
        var folder = Save(head, backbone);
        using var image = TestImages.Bird(200, 150, seed: 5);
        var encoded = TestImages.Encode(image, SKEncodedImageFormat.Png);

        using var detector = BirdDetector.Load(folder);
        var found = detector.Detect(encoded, "bird.png", Everything);

        var expected = head.Predict(backbone.Extract(image), Everything);
        Assert.Equal(expected.Count, found.Count);
        Assert.NotEmpty(found);
        for (var i = 0; i < found.Count; i++)
        {
            Assert.Equal(expected[i].ClassIndex, found[i].Species.ClassIndex);
            Assert.Equal($"Species {expected[i].ClassIndex}", found[i].Species.Name);
            Assert.Equal(expected[i].Score, found[i].Score);
            Assert.Equal(expected[i].Box, found[i].Box);
            Assert.Equal([expected[i].ClassIndex, expected[i].Score, expected[i].Box.XMin, expected[i].Box.YMin, expected[i].Box.XMax, expected[i].Box.YMax],
                found[i].ToSageMakerRow());
        }
    }

    [Fact]
    public void Concurrent_detections_give_the_same_answers_as_one_at_a_time()
    {
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 64 });
        var model = BirdBundle.Load(Save(TrainedHeads.OnRandomMaps(3, seed: 6), backbone));
        using var detector = new BirdDetector(model, backbone);
        var images = Enumerable.Range(0, 6).Select(seed => TestImages.Encode(TestImages.Bird(90, 70, seed), SKEncodedImageFormat.Png)).ToList();

        var serial = images.Select(bytes => detector.Detect(bytes, "image", Everything)).ToList();
        var parallel = new IReadOnlyList<DetectedBird>[images.Count];
        Parallel.For(0, images.Count, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i => parallel[i] = detector.Detect(images[i], "image", Everything));

        for (var i = 0; i < images.Count; i++) Assert.Equal(serial[i], parallel[i]);
    }

    [Fact]
    public void A_bundle_made_with_another_backbone_is_refused()
    {
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 64 });
        var folder = Save(TrainedHeads.OnRandomMaps(2, seed: 7), backbone);
        var manifestPath = Path.Combine(folder, ModelBundle.ManifestFileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["parameters"]![BirdBundle.BackboneParameter] = "resnet18-ffffffffffffffff";
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var error = Assert.Throws<ModelBundleException>(() => BirdDetector.Load(folder));

        Assert.Contains("trained on backbone resnet18-ffffffffffffffff", error.Message);
        Assert.Contains(backbone.ModelIdentity, error.Message);
        Assert.Contains(folder, error.Message);
    }

    [Fact]
    public void An_unreadable_image_is_refused_with_its_name()
    {
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 64 });
        using var detector = new BirdDetector(BirdBundle.Load(Save(TrainedHeads.OnRandomMaps(2, seed: 8), backbone)), backbone);

        var error = Assert.Throws<InvalidDataException>(() => detector.Detect("not an image"u8, "request body"));

        Assert.StartsWith("request body", error.Message);
        Assert.Throws<FileNotFoundException>(() => detector.DetectFile(Path.Combine(_parent, "missing.jpg")));
    }

    private string Save(DetectionHead head, ResNetBackbone backbone)
    {
        var folder = Path.Combine(_parent, $"model-{Guid.NewGuid():N}");
        BirdBundle.Save(folder, head, TrainedHeads.Species(head.Options.ClassCount), backbone.InputSize, backbone.ModelIdentity, "ab12",
            new Dictionary<string, double>(), "test head");
        return folder;
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}

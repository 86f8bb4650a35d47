using System.Text.Json.Nodes;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Serving;
using Solutions.BirdDetection.Tests.Bundles;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Tests.Serving;

[Collection(BirdServingCollection.Name)]
public sealed class BirdDetectionPredictorLoaderTests(TinyBirdBundles bundles) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bird-loader-").FullName;

    [Fact]
    public void The_loader_claims_bird_detection_bundles() => Assert.Equal("BirdDetection", new BirdDetectionPredictorLoader().Solution);

    [Fact]
    public void Two_bundles_at_one_input_size_share_one_backbone_until_both_are_unloaded()
    {
        var loader = new BirdDetectionPredictorLoader();

        var baseline = (BirdDetectionPredictor)loader.Load(bundles.BaselineFolder);
        var flipped = (BirdDetectionPredictor)loader.Load(bundles.FlippedFolder);

        Assert.Equal(1, loader.BackbonesLoaded);
        baseline.Dispose();
        Assert.Equal(1, loader.BackbonesLoaded);
        // The surviving model still answers on the shared backbone: threshold 0 leaves top_k = 5 rows.
        Assert.Equal(5, Rows(flipped).Count);
        flipped.Dispose();
        flipped.Dispose();
        Assert.Equal(0, loader.BackbonesLoaded);
        // A later load makes a new one.
        using var again = (BirdDetectionPredictor)loader.Load(bundles.FlippedFolder);
        Assert.Equal(1, loader.BackbonesLoaded);
    }

    [Fact]
    public void Shared_backbone_answers_equal_each_models_own_backbone_answers()
    {
        var loader = new BirdDetectionPredictorLoader();
        using var sharedBaseline = (BirdDetectionPredictor)loader.Load(bundles.BaselineFolder);
        using var sharedFlipped = (BirdDetectionPredictor)loader.Load(bundles.FlippedFolder);
        using var ownBaseline = BirdDetectionPredictor.Load(bundles.BaselineFolder);
        using var ownFlipped = BirdDetectionPredictor.Load(bundles.FlippedFolder);

        var baselineRows = Rows(sharedBaseline);
        var flippedRows = Rows(sharedFlipped);

        Assert.Equal(Rows(ownBaseline), baselineRows);
        Assert.Equal(Rows(ownFlipped), flippedRows);
        // Two different heads: the A/B comparison has something to compare.
        Assert.NotEqual(baselineRows, flippedRows);
    }

    [Fact]
    public void A_bundle_at_another_input_size_gets_its_own_backbone()
    {
        var loader = new BirdDetectionPredictorLoader();
        using var atDefault = (BirdDetectionPredictor)loader.Load(bundles.FlippedFolder);
        var small = SaveRandomHead(inputSize: 64, backboneIdentity: atDefault.Detector.Model.BackboneIdentity);

        using var atSmall = (BirdDetectionPredictor)loader.Load(small);

        Assert.Equal(2, loader.BackbonesLoaded);
        Assert.Equal(64, atSmall.Detector.Model.InputSize);
    }

    [Fact]
    public void A_bundle_trained_on_another_backbone_is_refused_naming_the_folder_and_holds_nothing()
    {
        var loader = new BirdDetectionPredictorLoader();
        var folder = SaveRandomHead(inputSize: 64, backboneIdentity: "resnet18-0123456789abcdef");

        var error = Assert.Throws<ModelBundleException>(() => loader.Load(folder));

        Assert.Contains(folder, error.Message);
        Assert.Contains("trained on backbone resnet18-0123456789abcdef", error.Message);
        Assert.Equal(0, loader.BackbonesLoaded);
    }

    [Fact]
    public void A_damaged_bundle_is_refused_naming_the_folder()
    {
        var folder = Path.Combine(_scratch, "damaged");
        CopyFolder(bundles.FlippedFolder, folder);
        var manifestPath = Path.Combine(folder, ModelBundle.ManifestFileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["parameters"]![BirdBundle.InputSizeParameter] = "three hundred";
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        var loader = new BirdDetectionPredictorLoader();

        var error = Assert.Throws<ModelBundleException>(() => loader.Load(folder));

        Assert.Contains(folder, error.Message);
        Assert.Equal(0, loader.BackbonesLoaded);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private IReadOnlyList<double[]> Rows(IDocumentPredictor predictor) => DetectionRows.Parse(
        predictor.Predict(new DocumentRequest(bundles.Jpeg, "image/jpeg", "application/json", "threshold=0,top_k=5")).Body.Span);

    private string SaveRandomHead(int inputSize, string backboneIdentity)
    {
        var folder = Path.Combine(_scratch, $"head-{inputSize}-{backboneIdentity}");
        var head = TrainedHeads.OnRandomMaps(classCount: 2, seed: 3);
        BirdBundle.Save(folder, head, TrainedHeads.Species(2), inputSize, backboneIdentity, "cd34", new Dictionary<string, double>(), "random maps");
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}

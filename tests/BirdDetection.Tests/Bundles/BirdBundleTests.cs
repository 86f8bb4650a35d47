using System.Text.Json.Nodes;
using Solutions.BirdDetection.Bundles;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.BirdDetection.Tests.Bundles;

public sealed class BirdBundleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("bird-bundle-").FullName, "model");

    [Fact]
    public void A_saved_bundle_loads_back_with_the_same_head_species_input_size_and_backbone()
    {
        var head = TrainedHeads.OnRandomMaps(classCount: 3, seed: 1);
        var written = BirdBundle.Save(_folder, head, TrainedHeads.Species(3), 320, "resnet18-0123456789abcdef", "ab12cd34ef",
            new Dictionary<string, double> { ["map50"] = 0.5 }, "flip-augmented head");

        var model = BirdBundle.Load(_folder);

        Assert.Equal(TrainedHeads.Bytes(head), TrainedHeads.Bytes(model.Head));
        Assert.Equal(TrainedHeads.Species(3), model.Species);
        Assert.Equal((320, "resnet18-0123456789abcdef"), (model.InputSize, model.BackboneIdentity));
        Assert.Equal("BirdDetection", model.Manifest.Solution);
        Assert.Equal(0.5, model.Manifest.Metrics["map50"]);
        Assert.Equal([BirdBundle.HeadFileName, BirdBundle.SpeciesFileName], written.Files.Additional);
        Assert.Contains("\"cub_class_id\": 10", File.ReadAllText(Path.Combine(_folder, BirdBundle.SpeciesFileName)));
    }

    [Fact]
    public void A_species_list_that_does_not_match_the_head_is_refused_on_save_and_on_load()
    {
        var head = TrainedHeads.OnRandomMaps(classCount: 2, seed: 2);
        var save = Assert.Throws<ArgumentException>(() =>
            BirdBundle.Save(_folder, head, TrainedHeads.Species(3), 320, "resnet18-x", "ab", new Dictionary<string, double>(), "t"));
        Assert.Contains("3 species for a head of 2 classes", save.Message);

        BirdBundle.Save(_folder, head, TrainedHeads.Species(2), 320, "resnet18-x", "ab", new Dictionary<string, double>(), "t");
        var speciesFile = Path.Combine(_folder, BirdBundle.SpeciesFileName);
        File.WriteAllText(speciesFile, """[{"class_index": 0, "cub_class_id": 4, "name": "A"}, {"class_index": 5, "cub_class_id": 4, "name": "B"}]""");
        var load = Assert.Throws<ModelBundleException>(() => BirdBundle.Load(_folder));
        Assert.Contains("species 1", load.Message);
        Assert.Contains("expected class_index 1", load.Message);

        File.WriteAllText(speciesFile, "[{\"class_index\": 0,");
        Assert.Contains(BirdBundle.SpeciesFileName, Assert.Throws<ModelBundleException>(() => BirdBundle.Load(_folder)).Message);
    }

    [Fact]
    public void A_damaged_head_another_solutions_bundle_or_a_missing_parameter_is_refused_with_the_reason()
    {
        BirdBundle.Save(_folder, TrainedHeads.OnRandomMaps(2, seed: 3), TrainedHeads.Species(2), 320, "resnet18-x", "ab",
            new Dictionary<string, double>(), "t");
        var manifestPath = Path.Combine(_folder, ModelBundle.ManifestFileName);
        var original = File.ReadAllText(manifestPath);

        var headPath = Path.Combine(_folder, BirdBundle.HeadFileName);
        var bytes = File.ReadAllBytes(headPath);
        bytes[^5] ^= 0xFF;
        File.WriteAllBytes(headPath, bytes);
        Assert.Contains(BirdBundle.HeadFileName, Assert.Throws<ModelBundleException>(() => BirdBundle.Load(_folder)).Message);

        var manifest = JsonNode.Parse(original)!;
        manifest["solution"] = "ChurnPrediction";
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        Assert.Contains("trained by the ChurnPrediction solution, not BirdDetection",
            Assert.Throws<ModelBundleException>(() => BirdBundle.Load(_folder)).Message);

        manifest = JsonNode.Parse(original)!;
        manifest["parameters"]!.AsObject().Remove(BirdBundle.BackboneParameter);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        Assert.Contains("no parameter backbone_identity", Assert.Throws<ModelBundleException>(() => BirdBundle.Load(_folder)).Message);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
}

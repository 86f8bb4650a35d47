using System.Text.Json;
using Microsoft.ML;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>A bundle is replaced whole or not at all, and a failed write leaves no staging folder behind.</summary>
public sealed class ModelBundleAtomicityTests(TinyChurnModelFixture fixture) : IClassFixture<TinyChurnModelFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    private string Folder => _temp.File("model");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writing_over_a_bundle_replaces_all_of_it()
    {
        var tiny = fixture.Tiny;
        WriteVersion("v1", exportOnnx: true);
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "left by hand in the old bundle");

        var written = WriteVersion("v2", exportOnnx: false);

        Assert.Equal("v2", ModelBundle.ReadManifest(Folder).ModelVersion);
        Assert.Null(written.Files.OnnxModel);
        // Not a merge: the old bundle's ONNX file and stray files are gone with it.
        Assert.Equal(
            [ModelBundle.ManifestFileName, ModelBundle.MlNetFileName],
            Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["model"], _temp.EntryNames());
        var bundle = ModelBundle.Load(Folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1));
        Assert.Equal(
            TinyChurnModel.Probabilities(tiny.Context, tiny.Model, tiny.ScoringRows),
            TinyChurnModel.Probabilities(tiny.Context, bundle.Model, tiny.ScoringRows));
    }

    [Fact]
    public void A_model_that_cannot_be_saved_leaves_the_previous_bundle_intact()
    {
        WriteVersion("v1", exportOnnx: true);
        var before = Snapshot();

        // A custom mapping without a contract name runs but cannot be saved: ML.NET throws from Model.Save.
        var context = new MLContext(seed: 5);
        var sample = context.Data.LoadFromEnumerable(fixture.Tiny.ScoringRows);
        var unsaveable = context.Transforms.CustomMapping<SubscriberRow, DoubledMinutes>(MinutesDoubling.Map, contractName: null).Fit(sample);
        var manifest = TinyChurnModel.Manifest() with { ModelVersion = "v2" };

        var e = Assert.Throws<InvalidOperationException>(
            () => ModelBundleWriter.Write(Folder, context, unsaveable, sample, manifest, exportOnnx: true));

        Assert.Contains("contract", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, Snapshot());
        Assert.Equal(["model"], _temp.EntryNames());
    }

    [Fact]
    public void A_manifest_that_cannot_be_serialized_leaves_the_previous_bundle_intact()
    {
        WriteVersion("v1", exportOnnx: true);
        var before = Snapshot();
        var tiny = fixture.Tiny;
        // The model and its ONNX export are already in the staging folder when the manifest fails.
        var broken = TinyChurnModel.Manifest() with { ModelVersion = "v2", Solution = null! };

        var e = Assert.Throws<JsonException>(
            () => ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), broken, exportOnnx: true));

        Assert.Contains("solution", e.Message);
        Assert.Equal(before, Snapshot());
        Assert.Equal(["model"], _temp.EntryNames());
    }

    [Fact]
    public void A_failed_first_write_leaves_nothing_behind()
    {
        var context = new MLContext(seed: 5);
        var sample = context.Data.LoadFromEnumerable(fixture.Tiny.ScoringRows);
        var unsaveable = context.Transforms.CustomMapping<SubscriberRow, DoubledMinutes>(MinutesDoubling.Map, contractName: null).Fit(sample);

        Assert.Throws<InvalidOperationException>(
            () => ModelBundleWriter.Write(Folder, context, unsaveable, sample, TinyChurnModel.Manifest(), exportOnnx: false));

        Assert.Empty(_temp.EntryNames());
    }

    [Fact]
    public void A_file_in_the_bundles_place_is_left_alone_and_the_staging_folder_removed()
    {
        // Publishing moves the staging folder onto the target name; a file there makes the move fail.
        File.WriteAllText(Folder, "a file, not a bundle folder");
        var tiny = fixture.Tiny;

        Assert.Throws<IOException>(
            () => ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false));

        Assert.Equal("a file, not a bundle folder", File.ReadAllText(Folder));
        Assert.Equal(["model"], _temp.EntryNames());
    }

    [Fact]
    public void The_parent_folders_are_created()
    {
        var tiny = fixture.Tiny;
        var nested = _temp.File("out", "churn", "model");

        ModelBundleWriter.Write(nested, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false);

        Assert.Equal(TinyChurnModel.Solution, ModelBundle.ReadManifest(nested).Solution);
        Assert.Equal(["model"], Directory.EnumerateFileSystemEntries(_temp.File("out", "churn")).Select(Path.GetFileName));
    }

    private BundleManifest WriteVersion(string version, bool exportOnnx)
    {
        var tiny = fixture.Tiny;
        var manifest = TinyChurnModel.Manifest() with { ModelVersion = version };
        return ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), manifest, exportOnnx);
    }

    /// <summary>Every file of the bundle with its SHA-256, so "intact" means byte for byte.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Folder).ToDictionary(f => Path.GetFileName(f), ModelBundleWriter.Sha256OfFile);
}

using Microsoft.ML;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>A model that is not an ML.NET transformer is bundled as its own files plus the manifest.</summary>
public sealed class NonMlNetBundleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Folder => _temp.File("model");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_named_files_and_the_manifest_are_published_with_no_ml_net_model()
    {
        var written = ModelBundleWriter.Write(Folder, TinyChurnModel.Manifest(), ["curve.json"], (_, path) => File.WriteAllText(path, "{}"));

        Assert.Null(written.Files.MlNetModel);
        Assert.Equal(["curve.json"], written.Files.Additional);
        Assert.Equal(["curve.json"], ModelBundle.ReadManifest(Folder).Files.Additional);
        Assert.Equal("{}", File.ReadAllText(Path.Combine(Folder, "curve.json")));
        var refused = Assert.Throws<ModelBundleException>(() =>
            ModelBundle.Load(Folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1)));
        Assert.Contains("holds no ML.NET model (its files: curve.json)", refused.Message);
    }

    [Fact]
    public void A_file_the_callback_does_not_write_fails_the_bundle_and_leaves_no_folder()
    {
        Assert.Throws<InvalidOperationException>(() =>
            ModelBundleWriter.Write(Folder, TinyChurnModel.Manifest(), ["curve.json"], (_, _) => { }));

        Assert.False(Directory.Exists(Folder));
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

public sealed class ModelBundleAdditionalFilesTests
{
    private static readonly Dictionary<string, byte[]> Background = new()
    {
        ["background.csv"] = Encoding.UTF8.GetBytes("Plan,Minutes\nbasic,120\n"),
    };

    [Fact]
    public void Additional_files_are_saved_listed_in_the_manifest_and_found_after_loading()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");

        var written = ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false, Background);
        var bundle = ModelBundle.Load(folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1));

        Assert.Equal(["background.csv"], written.Files.Additional);
        Assert.Equal(written.Files, bundle.Manifest.Files);
        Assert.Equal("Plan,Minutes\nbasic,120\n", File.ReadAllText(bundle.AdditionalFilePath("background.csv")!));
        Assert.Null(bundle.AdditionalFilePath("covers.bin"));
    }

    [Fact]
    public void A_bundle_written_before_additional_files_loads_with_none()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");
        ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false);
        // Remove the "additional" key, as a manifest from the earlier format would lack it.
        var path = Path.Combine(folder, ModelBundle.ManifestFileName);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(0, files.GetProperty("additional").GetArrayLength());
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"additional\": []", "\"unused\": 0"));

        var bundle = ModelBundle.Load(folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1));

        Assert.Empty(bundle.Manifest.Files.Additional);
        Assert.Null(bundle.AdditionalFilePath("background.csv"));
    }

    [Fact]
    public void A_listed_file_that_is_missing_is_named()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");
        ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false, Background);
        File.Delete(Path.Combine(folder, "background.csv"));
        var bundle = ModelBundle.Load(folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1));

        var e = Assert.Throws<ModelBundleException>(() => bundle.AdditionalFilePath("background.csv"));

        Assert.Contains("background.csv", e.Message);
        Assert.Contains("missing", e.Message);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("MODEL.ZIP")]
    [InlineData("model.onnx")]
    [InlineData("../outside.csv")]
    [InlineData("sub/inside.csv")]
    [InlineData("")]
    public void Names_that_are_not_plain_or_clash_with_the_bundle_are_refused_before_anything_is_written(string name)
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");

        var e = Assert.Throws<ArgumentException>(() => ModelBundleWriter.Write(
            folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false,
            new Dictionary<string, byte[]> { [name] = [1] }));

        Assert.Contains("plain file name", e.Message);
        Assert.Empty(temp.EntryNames());
    }
}

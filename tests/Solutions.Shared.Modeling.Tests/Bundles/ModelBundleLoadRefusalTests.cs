using System.Text.Json.Nodes;
using Microsoft.ML;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

public sealed class ModelBundleLoadRefusalTests(TinyChurnModelFixture fixture) : IClassFixture<TinyChurnModelFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    private string Folder => _temp.File("model");

    private string ManifestPath => Path.Combine(Folder, ModelBundle.ManifestFileName);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_missing_folder_is_refused_with_a_hint_to_train()
    {
        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Contains($"'{Folder}' does not exist", e.Message);
        Assert.Contains("Train one first", e.Message);
    }

    [Fact]
    public void A_folder_without_manifest_is_not_a_bundle()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, ModelBundle.MlNetFileName), "not read");

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal($"'{Folder}' is not a model bundle: it has no manifest.json.", e.Message);
    }

    [Theory]
    [InlineData("{ \"solution\": ")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public void A_manifest_that_is_not_json_is_refused_naming_the_file(string text)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(ManifestPath, text);

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.StartsWith($"{ManifestPath}: the manifest is not valid bundle manifest JSON (", e.Message);
        Assert.Contains("LineNumber: 0", e.Message);
        Assert.IsType<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public void A_manifest_holding_null_is_called_empty()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(ManifestPath, "null");

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal($"{ManifestPath}: the manifest is empty.", e.Message);
    }

    [Fact]
    public void A_manifest_missing_a_field_names_the_field()
    {
        WriteBundle();
        EditManifest(root => root.Remove("files"));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.StartsWith($"{ManifestPath}: the manifest is not valid bundle manifest JSON", e.Message);
        Assert.Contains("missing required properties including: 'files'", e.Message);
    }

    [Theory]
    [InlineData("files")]
    [InlineData("input_schema")]
    [InlineData("solution")]
    public void A_manifest_with_null_for_a_required_field_is_refused_naming_the_field(string field)
    {
        WriteBundle();
        EditManifest(root => root[field] = null);

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.StartsWith($"{ManifestPath}: the manifest is not valid bundle manifest JSON", e.Message);
        Assert.Contains($"Path: $.{field}", e.Message);
    }

    [Fact]
    public void Another_solutions_bundle_is_refused_naming_both_solutions()
    {
        WriteBundle(TinyChurnModel.Manifest(solution: "HousePrices"));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal($"Model bundle '{Folder}' was trained by the HousePrices solution, not {TinyChurnModel.Solution}.", e.Message);
    }

    [Fact]
    public void A_bundle_whose_column_changed_kind_is_refused_naming_the_column_and_both_kinds()
    {
        // The bundle was trained when Calls was a whole number; the solution now sends a real number.
        WriteBundle(TinyChurnModel.Manifest(input:
        [
            new ColumnSpec(nameof(SubscriberRow.Plan), ColumnKind.Text),
            new ColumnSpec(nameof(SubscriberRow.Minutes), ColumnKind.Number),
            new ColumnSpec(nameof(SubscriberRow.Calls), ColumnKind.Integer),
        ]));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Contains("input column 3 is 'Calls' (Integer) in the bundle but 'Calls' (Number) is expected", e.Message);
        Assert.Contains("Retrain", e.Message);
    }

    [Fact]
    public void A_bundle_lacking_a_column_is_refused_naming_the_column()
    {
        WriteBundle(TinyChurnModel.Manifest(input: [.. TinyChurnModel.InputSchema.Columns.Take(2)]));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Contains("does not match this version of TinyChurn", e.Message);
        Assert.Contains("lacks column 3 'Calls' (Number)", e.Message);
    }

    [Fact]
    public void A_bundle_with_an_extra_column_is_refused_naming_the_column()
    {
        WriteBundle(TinyChurnModel.Manifest(input:
            [.. TinyChurnModel.InputSchema.Columns, new ColumnSpec("Region", ColumnKind.Text, Required: false)]));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Contains("has an extra column 4 'Region'", e.Message);
    }

    [Fact]
    public void A_newer_manifest_format_is_refused_naming_both_versions()
    {
        WriteBundle();
        EditManifest(root => root["format_version"] = BundleManifest.CurrentFormatVersion + 1);

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal(
            $"{ManifestPath}: manifest format 2 is newer than this library understands (1).",
            e.Message);
    }

    [Fact]
    public void A_missing_model_file_is_refused_naming_it()
    {
        WriteBundle();
        File.Delete(Path.Combine(Folder, ModelBundle.MlNetFileName));

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal($"Model bundle '{Folder}' names model.zip, which is missing.", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01 })]
    [InlineData(new byte[] { (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' })]
    public void A_damaged_model_file_is_refused_naming_it(byte[] content)
    {
        WriteBundle();
        var modelPath = Path.Combine(Folder, ModelBundle.MlNetFileName);
        File.WriteAllBytes(modelPath, content);

        var e = Assert.Throws<ModelBundleException>(() => Load());

        Assert.StartsWith($"{modelPath}: the ML.NET model could not be read", e.Message);
    }

    [Fact]
    public void The_checks_pass_for_an_untouched_bundle()
    {
        // The refusals above are not an artefact of the bundle written by this class: the same bundle loads.
        WriteBundle();

        var bundle = Load();

        Assert.Equal(TinyChurnModel.Solution, bundle.Manifest.Solution);
        Assert.Null(bundle.OnnxPath);
    }

    private ModelBundle Load() =>
        ModelBundle.Load(Folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, new MLContext(seed: 1));

    private void WriteBundle(BundleManifest? manifest = null)
    {
        var tiny = fixture.Tiny;
        ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), manifest ?? TinyChurnModel.Manifest(), exportOnnx: false);
    }

    private void EditManifest(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();
        edit(root);
        File.WriteAllText(ManifestPath, root.ToJsonString());
    }
}

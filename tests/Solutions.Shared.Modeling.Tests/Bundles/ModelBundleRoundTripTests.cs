using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

public sealed class ModelBundleRoundTripTests
{
    [Fact]
    public void Write_puts_model_onnx_and_snake_case_manifest_in_the_folder()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");

        var written = ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: true);

        Assert.Equal(
            [ModelBundle.ManifestFileName, ModelBundle.OnnxFileName, ModelBundle.MlNetFileName],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new BundleFiles(ModelBundle.MlNetFileName, ModelBundle.OnnxFileName), written.Files);
        Assert.Equal(["model"], temp.EntryNames());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ModelBundle.ManifestFileName)));
        var root = json.RootElement;
        string[] expectedKeys =
        [
            "format_version", "solution", "model_version", "created_utc", "trainer", "input_schema", "output_schema",
            "training_data_sha256", "metrics", "parameters", "package_versions", "files",
        ];
        Assert.Equal(expectedKeys.Order(), root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(1, root.GetProperty("format_version").GetInt32());
        Assert.Equal(TinyChurnModel.Solution, root.GetProperty("solution").GetString());
        Assert.Equal("model.zip", root.GetProperty("files").GetProperty("ml_net_model").GetString());
        Assert.Equal("model.onnx", root.GetProperty("files").GetProperty("onnx_model").GetString());
        var firstColumn = root.GetProperty("input_schema")[0];
        Assert.Equal("Plan", firstColumn.GetProperty("name").GetString());
        Assert.Equal("text", firstColumn.GetProperty("kind").GetString());
        Assert.True(firstColumn.GetProperty("required").GetBoolean());
        Assert.Equal(0.875, root.GetProperty("metrics").GetProperty("roc_auc").GetDouble());
        Assert.Equal("0.35", root.GetProperty("parameters").GetProperty("cutoff").GetString());
    }

    [Fact]
    public void Load_gives_back_the_manifest_and_a_model_predicting_the_same_probabilities()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");
        var written = ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: true);

        var loadContext = new MLContext(seed: 1);
        var bundle = ModelBundle.Load(folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, loadContext);

        AssertManifestsEqual(written, bundle.Manifest);
        Assert.Equal(folder, bundle.Folder);
        Assert.Equal(Path.Combine(folder, ModelBundle.OnnxFileName), bundle.OnnxPath);
        Assert.Equal(
            [nameof(SubscriberRow.Plan), nameof(SubscriberRow.Minutes), nameof(SubscriberRow.Calls), nameof(SubscriberRow.Label)],
            bundle.ModelInputSchema.Select(c => c.Name));

        var expected = TinyChurnModel.Probabilities(tiny.Context, tiny.Model, tiny.ScoringRows);
        var reloaded = TinyChurnModel.Probabilities(loadContext, bundle.Model, tiny.ScoringRows);
        Assert.Equal(expected, reloaded);

        // A model that always says the same thing would pass the equality above for a broken reload too.
        Assert.True(expected.Distinct().Count() > 5, $"probabilities should vary: {string.Join(", ", expected)}");
        Assert.All(expected, p => Assert.InRange(p, 0f, 1f));
    }

    [Fact]
    public void Onnx_export_predicts_the_same_probabilities_as_ml_net()
    {
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");
        ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: true);
        var onnxPath = Path.Combine(folder, ModelBundle.OnnxFileName);

        var rows = tiny.Context.Data.LoadFromEnumerable(tiny.ScoringRows);
        var onnx = tiny.Context.Transforms.ApplyOnnxModel(onnxPath).Fit(rows).Transform(rows);

        // ONNX Runtime returns each output as a 1x1 tensor named after the ML.NET column; the
        // calibrator's Probability hides the trainer's own, and the export keeps the visible one.
        var probability = onnx.Schema[nameof(SubscriberPrediction.Probability)];
        Assert.Equal(new VectorDataViewType(NumberDataViewType.Single, 1, 1), probability.Type);
        var viaOnnx = onnx.GetColumn<float[]>(probability).Select(v => Assert.Single(v)).ToArray();
        var viaMlNet = TinyChurnModel.Probabilities(tiny.Context, tiny.Model, tiny.ScoringRows);

        Assert.Equal(viaMlNet.Length, viaOnnx.Length);
        for (var i = 0; i < viaMlNet.Length; i++)
        {
            Assert.True(Math.Abs(viaMlNet[i] - viaOnnx[i]) <= 1e-5, $"row {i}: ML.NET {viaMlNet[i]}, ONNX {viaOnnx[i]}");
        }
    }

    [Fact]
    public void Undefined_metrics_survive_the_round_trip()
    {
        // Precision with no positive prediction, or AUC on a one-class test set, is NaN; the bundle must still
        // be written after a long training run, and read back as NaN rather than as a number.
        using var temp = new TempFolder();
        var tiny = TinyChurnModel.Train();
        var folder = temp.File("model");
        var manifest = TinyChurnModel.Manifest() with
        {
            Metrics = new Dictionary<string, double>
            {
                ["precision"] = double.NaN,
                ["log_loss"] = double.PositiveInfinity,
                ["roc_auc"] = 0.5,
            },
        };

        ModelBundleWriter.Write(folder, tiny.Context, tiny.Model, tiny.Sample(), manifest, exportOnnx: false);
        var read = ModelBundle.ReadManifest(folder);

        Assert.True(double.IsNaN(read.Metrics["precision"]));
        Assert.Equal(double.PositiveInfinity, read.Metrics["log_loss"]);
        Assert.Equal(0.5, read.Metrics["roc_auc"]);
    }

    private static void AssertManifestsEqual(BundleManifest expected, BundleManifest actual)
    {
        // The record holds dictionaries and lists, which compare by reference; compare their contents.
        Assert.Equal(expected.FormatVersion, actual.FormatVersion);
        Assert.Equal(expected.Solution, actual.Solution);
        Assert.Equal(expected.ModelVersion, actual.ModelVersion);
        Assert.Equal(expected.CreatedUtc, actual.CreatedUtc);
        Assert.Equal(expected.Trainer, actual.Trainer);
        Assert.Equal(expected.InputSchema, actual.InputSchema);
        Assert.Equal(expected.OutputSchema, actual.OutputSchema);
        Assert.Equal(expected.TrainingDataSha256, actual.TrainingDataSha256);
        Assert.Equal(expected.Metrics, actual.Metrics);
        Assert.Equal(expected.Parameters, actual.Parameters);
        Assert.Equal(expected.PackageVersions, actual.PackageVersions);
        Assert.Equal(expected.Files, actual.Files);
    }
}

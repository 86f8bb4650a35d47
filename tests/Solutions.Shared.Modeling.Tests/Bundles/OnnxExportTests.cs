using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>A pipeline ML.NET cannot convert to ONNX still gets a bundle, with the ML.NET model alone.</summary>
public sealed class OnnxExportTests(TinyChurnModelFixture fixture) : IClassFixture<TinyChurnModelFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    private string Folder => _temp.File("model");

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> UnexportablePipelines => ["custom mapping first", "custom mapping last", "text featurization"];

    [Theory]
    [MemberData(nameof(UnexportablePipelines))]
    public void An_unexportable_pipeline_is_bundled_without_onnx(string pipeline)
    {
        var context = NewContext();
        var rows = context.Data.LoadFromEnumerable(fixture.Tiny.TrainingRows);
        var model = Unexportable(context, pipeline).Fit(rows);
        var sample = context.Data.LoadFromEnumerable(fixture.Tiny.ScoringRows);

        var written = ModelBundleWriter.Write(Folder, context, model, sample, TinyChurnModel.Manifest(), exportOnnx: true);

        Assert.Null(written.Files.OnnxModel);
        Assert.Equal([ModelBundle.ManifestFileName, ModelBundle.MlNetFileName], Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["model"], _temp.EntryNames());

        var loadContext = NewContext();
        var bundle = ModelBundle.Load(Folder, TinyChurnModel.Solution, TinyChurnModel.InputSchema, loadContext);
        Assert.Null(bundle.Manifest.Files.OnnxModel);
        Assert.Null(bundle.OnnxPath);
        Assert.Equal(
            model.Transform(sample).GetColumn<float>(nameof(SubscriberPrediction.Score)),
            bundle.Model.Transform(sample).GetColumn<float>(nameof(SubscriberPrediction.Score)));
    }

    [Fact]
    public void No_onnx_is_written_when_not_asked_for_even_if_the_model_could_be_exported()
    {
        var tiny = fixture.Tiny;

        var written = ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), TinyChurnModel.Manifest(), exportOnnx: false);

        Assert.Null(written.Files.OnnxModel);
        Assert.False(File.Exists(Path.Combine(Folder, ModelBundle.OnnxFileName)));
        Assert.Null(ModelBundle.ReadManifest(Folder).Files.OnnxModel);
    }

    [Fact]
    public void The_files_given_in_the_manifest_are_replaced_by_what_was_written()
    {
        var tiny = fixture.Tiny;
        var manifest = TinyChurnModel.Manifest() with { Files = new BundleFiles("elsewhere.zip", "elsewhere.onnx") };

        var written = ModelBundleWriter.Write(Folder, tiny.Context, tiny.Model, tiny.Sample(), manifest, exportOnnx: true);

        Assert.Equal(new BundleFiles(ModelBundle.MlNetFileName, ModelBundle.OnnxFileName), written.Files);
        Assert.Equal(written.Files, ModelBundle.ReadManifest(Folder).Files);
    }

    private static MLContext NewContext()
    {
        var context = new MLContext(seed: 3);
        // Saving and loading a custom mapping needs its factory's assembly in the catalog.
        context.ComponentCatalog.RegisterAssembly(typeof(MinutesDoubling).Assembly);
        return context;
    }

    private static IEstimator<ITransformer> Unexportable(MLContext context, string pipeline)
    {
        const string features = "Features";
        var trainer = context.BinaryClassification.Trainers.FastTree(
            nameof(SubscriberRow.Label), features, numberOfLeaves: 4, numberOfTrees: 5, minimumExampleCountPerLeaf: 5);
        var doubling = context.Transforms.CustomMapping<SubscriberRow, DoubledMinutes>(MinutesDoubling.Map, MinutesDoubling.ContractName);
        return pipeline switch
        {
            // ML.NET throws KeyNotFoundException: the trainer looks up a column the skipped mapping never defined.
            "custom mapping first" => doubling
                .Append(context.Transforms.Concatenate(features, nameof(DoubledMinutes.MinutesTwice), nameof(SubscriberRow.Calls)))
                .Append(trainer),
            // ML.NET throws InvalidOperationException: the converted graph lacks the last step's outputs.
            "custom mapping last" => context.Transforms.Concatenate(features, nameof(SubscriberRow.Minutes), nameof(SubscriberRow.Calls))
                .Append(trainer)
                .Append(doubling),
            "text featurization" => context.Transforms.Text.FeaturizeText("PlanText", nameof(SubscriberRow.Plan))
                .Append(context.Transforms.Concatenate(features, "PlanText", nameof(SubscriberRow.Minutes)))
                .Append(trainer),
            _ => throw new ArgumentOutOfRangeException(nameof(pipeline), pipeline, "no such pipeline"),
        };
    }
}

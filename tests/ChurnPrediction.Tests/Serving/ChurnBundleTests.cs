using System.Text.Json.Nodes;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.ChurnPrediction.Tests.Serving;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnBundleTests(TrainedChurnModel trained)
{
    [Fact]
    public void The_loaded_predictor_scores_exactly_as_the_trained_one()
    {
        var (bundle, loaded) = ChurnBundle.Load(trained.BundleFolder);

        Assert.Equal(trained.Result.Predictor.Cutoff, loaded.Cutoff);
        Assert.Equal(trained.Manifest.ModelVersion, bundle.Manifest.ModelVersion);
        foreach (var customer in ChurnFiles.HeldOut(200))
        {
            Assert.Equal(trained.Result.Predictor.PredictProbability(customer), loaded.PredictProbability(customer), 12);
        }
    }

    [Fact]
    public void The_manifest_records_the_schemas_trainer_and_headline_metrics()
    {
        var manifest = ModelBundle.ReadManifest(trained.BundleFolder);

        Assert.Equal(ChurnRunOptions.SolutionName, manifest.Solution);
        Assert.Equal(trained.Result.Model.Trainer, manifest.Trainer);
        Assert.Equal(CustomerValues.Schema.Columns, manifest.InputSchema);
        Assert.Equal(ChurnPredictor.OutputSchema, manifest.OutputSchema);
        Assert.Equal(trained.Result.Evaluation.Test.RocAuc, manifest.Metrics["auc"], 12);
        Assert.Equal(ModelBundleWriter.Sha256OfFile(trained.DataPath), manifest.TrainingDataSha256);
        Assert.EndsWith(manifest.TrainingDataSha256[..8], manifest.ModelVersion);
    }

    [Fact]
    public void A_bundle_whose_input_schema_was_edited_is_refused_naming_the_column()
    {
        using var folder = new TempFolder();
        var copy = CopyBundle(folder);
        EditManifest(copy, manifest =>
        {
            var dayMinutes = manifest["input_schema"]!.AsArray().Single(c => (string?)c!["name"] == "Day Mins")!;
            dayMinutes["kind"] = "text";
        });

        var thrown = Assert.Throws<ModelBundleException>(() => ChurnBundle.Load(copy));

        Assert.Contains("'Day Mins'", thrown.Message);
        Assert.Contains(copy, thrown.Message);
    }

    [Fact]
    public void A_bundle_without_its_cutoff_is_refused_naming_the_parameter()
    {
        using var folder = new TempFolder();
        var copy = CopyBundle(folder);
        EditManifest(copy, manifest => manifest["parameters"] = new JsonObject());

        var thrown = Assert.Throws<ModelBundleException>(() => ChurnBundle.Load(copy));

        Assert.Contains($"'{ChurnBundle.CutoffParameter}'", thrown.Message);
    }

    [Fact]
    public void A_bundle_from_another_solution_is_refused()
    {
        using var folder = new TempFolder();
        var other = folder.Combine("other-model");
        var model = trained.Result.Model;
        ModelBundleWriter.Write(other, model.Context, model.Transformer, model.InputSample(ChurnFiles.HeldOut(10)),
            trained.Manifest with { Solution = "DemandForecasting" }, exportOnnx: false);

        var thrown = Assert.Throws<ModelBundleException>(() => ChurnBundle.Load(other));

        Assert.Contains("DemandForecasting", thrown.Message);
        Assert.Contains(ChurnRunOptions.SolutionName, thrown.Message);
    }

    private string CopyBundle(TempFolder folder)
    {
        var copy = folder.Combine("model");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(trained.BundleFolder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    private static void EditManifest(string bundle, Action<JsonNode> edit)
    {
        var path = Path.Combine(bundle, ModelBundle.ManifestFileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }
}

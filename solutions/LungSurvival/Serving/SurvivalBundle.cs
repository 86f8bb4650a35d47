using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.LungSurvival.Serving;

/// <summary>Saves the final survival model as a bundle (manifest + <see cref="SurvivalModelFile"/>) and loads it back as a predictor.</summary>
public static class SurvivalBundle
{
    public const string SolutionName = "LungSurvival";

    /// <param name="trainingDataPath">The file whose SHA-256 identifies the training data (the clinical table, holding the labels).</param>
    public static BundleManifest Save(string folder, FeatureEncoder encoder, SurvivalModel model, string trainingDataPath,
        IReadOnlyDictionary<string, double> metrics, DateTimeOffset created)
    {
        var sha = ModelBundleWriter.Sha256OfFile(trainingDataPath);
        var files = SurvivalModelFile.Files(model);
        var manifest = new BundleManifest
        {
            Solution = SolutionName,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{sha[..8]}",
            CreatedUtc = created,
            Trainer = model.Classifier.Name,
            InputSchema = SurvivalPredictor.Schema(encoder).Columns,
            OutputSchema = SurvivalPredictor.OutputSchema,
            TrainingDataSha256 = sha,
            Metrics = metrics,
            Parameters = new Dictionary<string, string>
            {
                ["cutoff"] = "0.5",
                ["pca_components"] = model.Pca.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(null, null) { Additional = files },
        };
        return ModelBundleWriter.Write(folder, manifest, files, (name, path) => SurvivalModelFile.WriteFile(name, path, encoder, model));
    }

    /// <summary>Loads the bundle in <paramref name="folder"/>, refusing one of another solution or whose files disagree with its manifest.</summary>
    public static (BundleManifest Manifest, SurvivalPredictor Predictor) Load(string folder)
    {
        var manifest = ModelBundle.ReadManifest(folder);
        if (manifest.Solution != SolutionName)
        {
            throw new ModelBundleException($"Model bundle '{folder}' was trained by the {manifest.Solution} solution, not {SolutionName}.");
        }
        try
        {
            var (encoder, model) = SurvivalModelFile.Read(folder);
            var predictor = new SurvivalPredictor(encoder, model);
            if (ModelBundle.DescribeMismatch(new TabularSchema(manifest.InputSchema), predictor.InputSchema) is { } mismatch)
            {
                throw new ModelBundleException($"Model bundle '{folder}': the manifest and {SurvivalModelFile.FileName} disagree: {mismatch}. Retrain the model.");
            }
            return (manifest, predictor);
        }
        catch (InvalidDataException e)
        {
            throw new ModelBundleException(e.Message, e);
        }
    }
}

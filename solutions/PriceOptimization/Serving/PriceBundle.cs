using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.PriceOptimization.Serving;

/// <summary>Saves the demand models as a bundle (manifest + <see cref="PriceModelFile"/>) and loads it back as a predictor.</summary>
public static class PriceBundle
{
    public static BundleManifest Save(
        string folder, IReadOnlyList<DemandModel> models, string trainingDataPath, IReadOnlyDictionary<string, double> metrics, string trainer)
    {
        var sha = ModelBundleWriter.Sha256OfFile(trainingDataPath);
        var created = DateTimeOffset.UtcNow;
        var manifest = new BundleManifest
        {
            Solution = PriceRunOptions.SolutionName,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{sha[..8]}",
            CreatedUtc = created,
            Trainer = trainer,
            InputSchema = PriceRequest.Schema.Columns,
            OutputSchema = PricePredictor.OutputSchema,
            TrainingDataSha256 = sha,
            Metrics = metrics,
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(null, null) { Additional = [PriceModelFile.FileName] },
        };
        return ModelBundleWriter.Write(folder, manifest, [PriceModelFile.FileName], (_, path) => PriceModelFile.Write(path, models));
    }

    /// <summary>Loads the bundle in <paramref name="folder"/>, refusing one for another solution or request schema.</summary>
    public static (BundleManifest Manifest, PricePredictor Predictor) Load(string folder)
    {
        var manifest = ModelBundle.ReadManifest(folder);
        if (manifest.Solution != PriceRunOptions.SolutionName)
        {
            throw new ModelBundleException($"Model bundle '{folder}' was trained by the {manifest.Solution} solution, not {PriceRunOptions.SolutionName}.");
        }
        if (ModelBundle.DescribeMismatch(new TabularSchema(manifest.InputSchema), PriceRequest.Schema) is { } mismatch)
        {
            throw new ModelBundleException($"Model bundle '{folder}' does not match this version of {PriceRunOptions.SolutionName}: {mismatch}. Rerun the solution.");
        }
        var path = Path.Combine(folder, PriceModelFile.FileName);
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"Model bundle '{folder}' has no {PriceModelFile.FileName}.");
        }
        try
        {
            return (manifest, new PricePredictor(PriceModelFile.Read(path)));
        }
        catch (InvalidDataException e)
        {
            throw new ModelBundleException(e.Message, e);
        }
    }
}

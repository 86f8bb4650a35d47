using System.Globalization;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The one-step model as a bundle: the radiomics settings file and the survival model's files side by side under one
/// manifest, loaded as an <see cref="ArchiveSurvivalPredictor"/>. Its solution name is its own, as a host picks one loader per name.
/// </summary>
public static class ArchiveSurvivalBundle
{
    public const string SolutionName = "LungSurvival.Archive";

    /// <param name="settings">The settings the survival model's training features were extracted with.</param>
    /// <param name="trainingDataPath">The file whose SHA-256 identifies the training data (the clinical table, holding the labels).</param>
    public static BundleManifest Save(string folder, RadiomicsSettings settings, FeatureEncoder encoder, SurvivalModel model,
        string trainingDataPath, IReadOnlyDictionary<string, double> metrics, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(model);
        var manifest = RadiomicsBundle.Manifest(SolutionName, settings, created, model.Classifier.Name, metrics,
            new Dictionary<string, string>
            {
                ["cutoff"] = SurvivalPredictor.Cutoff.ToString("R", CultureInfo.InvariantCulture),
                ["pca_components"] = model.Pca.Count.ToString(CultureInfo.InvariantCulture),
            },
            ModelBundleWriter.Sha256OfFile(trainingDataPath)) with { OutputSchema = SurvivalPredictor.OutputSchema };
        string[] files = [RadiomicsSettingsFile.FileName, .. SurvivalModelFile.Files(model)];
        return ModelBundleWriter.Write(folder, manifest, files, (name, path) =>
        {
            if (name == RadiomicsSettingsFile.FileName)
            {
                RadiomicsSettingsFile.Write(path, settings);
            }
            else
            {
                SurvivalModelFile.WriteFile(name, path, encoder, model);
            }
        });
    }

    /// <summary>Loads the bundle in <paramref name="folder"/>, refusing one of another solution or with a damaged file.</summary>
    public static (BundleManifest Manifest, ArchiveSurvivalPredictor Predictor) Load(string folder)
    {
        var manifest = RadiomicsBundle.CheckedManifest(folder, SolutionName);
        var settings = RadiomicsBundle.ReadSettings(folder);
        try
        {
            var (encoder, model) = SurvivalModelFile.Read(folder);
            return (manifest, new ArchiveSurvivalPredictor(new RadiomicsDocumentPredictor(settings), new SurvivalPredictor(encoder, model)));
        }
        catch (InvalidDataException e)
        {
            throw new ModelBundleException(e.Message, e);
        }
    }
}

using System.Globalization;
using Solutions.LungSurvival.Radiomics;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The radiomics model as a bundle of its own (manifest + <see cref="RadiomicsSettingsFile"/>), so a host can serve it as
/// the first container of a serial endpoint. Its solution name differs from the survival model's because a host picks one
/// loader per solution name.
/// </summary>
public static class RadiomicsBundle
{
    public const string SolutionName = "LungSurvival.Radiomics";

    /// <param name="settings">Must be the settings the survival model's training features were extracted with.</param>
    public static BundleManifest Save(string folder, RadiomicsSettings settings, DateTimeOffset created) =>
        ModelBundleWriter.Write(folder, Manifest(SolutionName, settings, created, "RadiomicsExtractor", new Dictionary<string, double>(), new Dictionary<string, string>()),
            [RadiomicsSettingsFile.FileName], (_, path) => RadiomicsSettingsFile.Write(path, settings));

    /// <summary>Loads the bundle in <paramref name="folder"/>, refusing one of another solution or with a damaged settings file.</summary>
    public static (BundleManifest Manifest, RadiomicsDocumentPredictor Predictor) Load(string folder)
    {
        var manifest = CheckedManifest(folder, SolutionName);
        return (manifest, new RadiomicsDocumentPredictor(ReadSettings(folder)));
    }

    /// <summary>A manifest for a model of extraction settings; it has no training data, so the settings' text stands in for its hash.</summary>
    internal static BundleManifest Manifest(string solution, RadiomicsSettings settings, DateTimeOffset created, string trainer,
        IReadOnlyDictionary<string, double> metrics, IReadOnlyDictionary<string, string> parameters, string? trainingDataSha256 = null)
    {
        var sha = trainingDataSha256 ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Describe(settings))));
        return new BundleManifest
        {
            Solution = solution,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{sha[..8]}",
            CreatedUtc = created,
            Trainer = trainer,
            InputSchema = [],
            OutputSchema = [],
            TrainingDataSha256 = sha,
            Metrics = metrics,
            Parameters = new Dictionary<string, string>(parameters) { ["radiomics_settings"] = Describe(settings) },
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(null, null),
        };
    }

    internal static BundleManifest CheckedManifest(string folder, string solution)
    {
        var manifest = ModelBundle.ReadManifest(folder);
        return manifest.Solution == solution
            ? manifest
            : throw new ModelBundleException($"Model bundle '{folder}' was trained by the {manifest.Solution} solution, not {solution}.");
    }

    internal static RadiomicsSettings ReadSettings(string folder)
    {
        try
        {
            return RadiomicsSettingsFile.Read(folder);
        }
        catch (InvalidDataException e)
        {
            throw new ModelBundleException(e.Message, e);
        }
    }

    /// <summary>e.g. <c>bin width 25, no resampling</c>.</summary>
    private static string Describe(RadiomicsSettings settings)
    {
        var bins = settings.Discretisation.BinWidth is { } width
            ? $"bin width {width.ToString("R", CultureInfo.InvariantCulture)}"
            : $"bin count {settings.Discretisation.BinCount}";
        var spacing = settings.ResampledSpacing is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"resampled to {s.X:R} x {s.Y:R} x {s.Z:R} mm")
            : "no resampling";
        return $"{bins}, {spacing}";
    }
}

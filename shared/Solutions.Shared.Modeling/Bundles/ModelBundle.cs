using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Modeling.Bundles;

/// <summary>
/// A trained model on disk: one folder with the ML.NET model, an ONNX export where the trainer supports it,
/// and <c>manifest.json</c>. Loading checks the manifest before it trusts the model.
/// </summary>
public sealed class ModelBundle
{
    public const string ManifestFileName = "manifest.json";
    public const string MlNetFileName = "model.zip";
    public const string OnnxFileName = "model.onnx";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // An undefined metric (precision with no positive prediction) is NaN; it is written as "NaN" rather
        // than failing the bundle at the end of a training run.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // A hand-edited manifest with "files": null is refused as invalid rather than failing later on null.
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private ModelBundle(string folder, BundleManifest manifest, ITransformer model, DataViewSchema modelInputSchema)
    {
        Folder = folder;
        Manifest = manifest;
        Model = model;
        ModelInputSchema = modelInputSchema;
    }

    public string Folder { get; }

    public BundleManifest Manifest { get; }

    /// <summary>The ML.NET model.</summary>
    public ITransformer Model { get; }

    /// <summary>The ML.NET schema the model was trained on.</summary>
    public DataViewSchema ModelInputSchema { get; }

    /// <summary>The path of the ONNX export, or null when the bundle has none.</summary>
    public string? OnnxPath => Manifest.Files.OnnxModel is { } file ? Path.Combine(Folder, file) : null;

    /// <summary>
    /// The path of an additional file the manifest lists (written with the bundle by <c>ModelBundleWriter.Write</c>), or null when
    /// the bundle has none of that name, e.g. one written before the file existed.
    /// </summary>
    /// <exception cref="ModelBundleException">The manifest lists the file but it is missing.</exception>
    public string? AdditionalFilePath(string name)
    {
        if (!Manifest.Files.Additional.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }
        var path = Path.Combine(Folder, name);
        return File.Exists(path)
            ? path
            : throw new ModelBundleException($"Model bundle '{Folder}' lists {name} in its manifest, but the file is missing.");
    }

    /// <summary>Reads only the manifest of the bundle in <paramref name="folder"/>.</summary>
    public static BundleManifest ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFileName);
        if (!Directory.Exists(folder))
        {
            throw new ModelBundleException($"Model bundle folder '{folder}' does not exist. Train one first (the solution's `run` command writes it to <out>/model).");
        }
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"'{folder}' is not a model bundle: it has no {ManifestFileName}.");
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), JsonOptions)
                ?? throw new ModelBundleException($"{path}: the manifest is empty.");
            if (manifest.FormatVersion > BundleManifest.CurrentFormatVersion)
            {
                throw new ModelBundleException(
                    $"{path}: manifest format {manifest.FormatVersion} is newer than this library understands ({BundleManifest.CurrentFormatVersion}).");
            }
            return manifest;
        }
        catch (JsonException e)
        {
            throw new ModelBundleException($"{path}: the manifest is not valid bundle manifest JSON ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Loads a bundle, refusing one made by another solution or for another input schema.
    /// </summary>
    /// <param name="folder">The bundle folder.</param>
    /// <param name="solution">The solution loading it; must equal the manifest's.</param>
    /// <param name="expectedInput">The input schema the caller will send; must equal the manifest's.</param>
    /// <param name="mlContext">The context to load the model into.</param>
    public static ModelBundle Load(string folder, string solution, TabularSchema expectedInput, MLContext mlContext)
    {
        var manifest = ReadManifest(folder);
        if (!string.Equals(manifest.Solution, solution, StringComparison.Ordinal))
        {
            throw new ModelBundleException(
                $"Model bundle '{folder}' was trained by the {manifest.Solution} solution, not {solution}.");
        }
        var mismatch = DescribeMismatch(new TabularSchema(manifest.InputSchema), expectedInput);
        if (mismatch is not null)
        {
            throw new ModelBundleException(
                $"Model bundle '{folder}' does not match this version of {solution}: {mismatch}. Retrain the model with the current solution.");
        }
        if (manifest.Files.MlNetModel is null)
        {
            throw new ModelBundleException(
                $"Model bundle '{folder}' holds no ML.NET model (its files: {string.Join(", ", manifest.Files.Additional)}); load it with the {manifest.Solution} solution's own loader.");
        }
        var modelPath = Path.Combine(folder, manifest.Files.MlNetModel);
        if (!File.Exists(modelPath))
        {
            throw new ModelBundleException($"Model bundle '{folder}' names {manifest.Files.MlNetModel}, which is missing.");
        }
        try
        {
            var model = mlContext.Model.Load(modelPath, out var inputSchema);
            return new ModelBundle(folder, manifest, model, inputSchema);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException)
        {
            throw new ModelBundleException($"{modelPath}: the ML.NET model could not be read ({e.Message}).", e);
        }
    }

    /// <summary>A sentence naming the first difference between two schemas, or null when they are equal.</summary>
    public static string? DescribeMismatch(TabularSchema bundle, TabularSchema expected)
    {
        for (var i = 0; i < Math.Max(bundle.Columns.Count, expected.Columns.Count); i++)
        {
            if (i >= bundle.Columns.Count)
            {
                return $"the bundle's input schema lacks column {i + 1} '{expected.Columns[i].Name}' ({expected.Columns[i].Kind})";
            }
            if (i >= expected.Columns.Count)
            {
                return $"the bundle's input schema has an extra column {i + 1} '{bundle.Columns[i].Name}'";
            }
            var (b, e) = (bundle.Columns[i], expected.Columns[i]);
            if (b != e)
            {
                return $"input column {i + 1} is '{b.Name}' ({b.Kind}{(b.Required ? "" : ", optional")}) in the bundle but '{e.Name}' ({e.Kind}{(e.Required ? "" : ", optional")}) is expected";
            }
        }
        return null;
    }
}

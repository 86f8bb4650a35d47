using System.Globalization;
using System.Text.Json;
using Solutions.BirdDetection.Detection;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.BirdDetection.Bundles;

/// <summary>
/// Saves a trained head as a model bundle and loads it back. Layout: <c>manifest.json</c> (solution
/// <see cref="SolutionName"/>; parameters <c>input_size</c> and <c>backbone_identity</c>), <see cref="HeadFileName"/>
/// (the head's versioned binary file) and <see cref="SpeciesFileName"/> (the species list with CUB ids and names).
/// </summary>
public static class BirdBundle
{
    public const string SolutionName = "BirdDetection";
    public const string HeadFileName = "head.bin";
    public const string SpeciesFileName = "species.json";
    public const string InputSizeParameter = "input_size";
    public const string BackboneParameter = "backbone_identity";

    /// <summary>What a request holds: one encoded JPEG or PNG image.</summary>
    public static IReadOnlyList<ColumnSpec> InputSchema { get; } = [new("image", ColumnKind.Text)];

    /// <summary>What each detection holds, in SageMaker's order: [class_index, score, xmin, ymin, xmax, ymax].</summary>
    public static IReadOnlyList<ColumnSpec> OutputSchema { get; } =
    [
        new("class_index", ColumnKind.Integer), new("score", ColumnKind.Number), new("xmin", ColumnKind.Number),
        new("ymin", ColumnKind.Number), new("xmax", ColumnKind.Number), new("ymax", ColumnKind.Number),
    ];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Writes the bundle atomically into <paramref name="folder"/>, replacing any bundle there.</summary>
    /// <param name="trainingDataSha256">Fingerprint of the training data, e.g. <see cref="Training.DatasetFingerprint"/>.</param>
    /// <param name="metrics">Test metrics to record, e.g. <c>map50</c>.</param>
    /// <param name="trainer">Describes how the head was trained, e.g. "flip-augmented head, 30 epochs".</param>
    /// <returns>The manifest as written.</returns>
    public static BundleManifest Save(
        string folder, DetectionHead head, IReadOnlyList<SpeciesLabel> species, int inputSize, string backboneIdentity,
        string trainingDataSha256, IReadOnlyDictionary<string, double> metrics, string trainer)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(species);
        CheckSpecies(species, head.Options.ClassCount, "species");
        ArgumentException.ThrowIfNullOrEmpty(backboneIdentity);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputSize, 1);
        var created = DateTimeOffset.UtcNow;
        var manifest = new BundleManifest
        {
            Solution = SolutionName,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{trainingDataSha256[..Math.Min(8, trainingDataSha256.Length)]}",
            CreatedUtc = created,
            Trainer = trainer,
            InputSchema = InputSchema,
            OutputSchema = OutputSchema,
            TrainingDataSha256 = trainingDataSha256,
            Metrics = metrics,
            Parameters = new Dictionary<string, string>
            {
                [InputSizeParameter] = inputSize.ToString(CultureInfo.InvariantCulture),
                [BackboneParameter] = backboneIdentity,
            },
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(null, null),
        };
        return ModelBundleWriter.Write(folder, manifest, [HeadFileName, SpeciesFileName], (file, path) =>
        {
            if (file == HeadFileName) head.Save(path);
            else File.WriteAllText(path, JsonSerializer.Serialize(species, Json));
        });
    }

    /// <summary>Loads the bundle in <paramref name="folder"/>.</summary>
    /// <exception cref="ModelBundleException">
    /// The folder is missing or not a bundle, the bundle is another solution's, or a file is missing or damaged; the
    /// message names the folder or file and what was expected.
    /// </exception>
    public static BirdModel Load(string folder)
    {
        var manifest = ModelBundle.ReadManifest(folder);
        if (manifest.Solution != SolutionName)
            throw new ModelBundleException($"Model bundle '{folder}' was trained by the {manifest.Solution} solution, not {SolutionName}.");
        var inputSize = Parameter(manifest, folder, InputSizeParameter);
        if (!int.TryParse(inputSize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            throw new ModelBundleException($"Model bundle '{folder}': manifest parameter {InputSizeParameter} is '{inputSize}'; expected a positive whole number of pixels.");
        var backbone = Parameter(manifest, folder, BackboneParameter);

        var headPath = FilePath(folder, HeadFileName);
        DetectionHead head;
        try
        {
            head = DetectionHead.Load(headPath);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            throw new ModelBundleException(e.Message, e);
        }

        var speciesPath = FilePath(folder, SpeciesFileName);
        IReadOnlyList<SpeciesLabel> species;
        try
        {
            species = JsonSerializer.Deserialize<List<SpeciesLabel>>(File.ReadAllText(speciesPath), Json)
                ?? throw new ModelBundleException($"{speciesPath}: the file is 'null'; expected a list of species.");
            CheckSpecies(species, head.Options.ClassCount, speciesPath);
        }
        catch (JsonException e)
        {
            throw new ModelBundleException(
                $"{speciesPath}: line {e.LineNumber + 1}, field '{e.Path}': not a valid species list ({e.Message}).", e);
        }
        catch (ArgumentException e)
        {
            throw new ModelBundleException(e.Message, e);
        }

        return new BirdModel(manifest, head, species, size, backbone);
    }

    private static string Parameter(BundleManifest manifest, string folder, string name) =>
        manifest.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ModelBundleException($"Model bundle '{folder}': the manifest has no parameter {name}; it was not written by {SolutionName}'s run.");

    private static string FilePath(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new ModelBundleException($"Model bundle '{folder}' has no {file}.");
    }

    private static void CheckSpecies(IReadOnlyList<SpeciesLabel> species, int classCount, string source)
    {
        if (species.Count != classCount)
            throw new ArgumentException($"{source}: {species.Count} species for a head of {classCount} classes; expected one per class.");
        for (var i = 0; i < species.Count; i++)
        {
            if (species[i] is not { } label || label.ClassIndex != i || label.CubClassId < 1 || string.IsNullOrWhiteSpace(label.Name))
                throw new ArgumentException(
                    $"{source}: species {i} is {species[i]?.ToString() ?? "null"}; expected class_index {i}, a cub_class_id of 1 or more and a name.");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Radiomics.Resegmentation;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The radiomics model's one file, <c>radiomics-settings.json</c>: how grey levels are binned (a width or a count), the
/// spacing to resample to and the re-segmentation range, if any. The model has nothing learned; these settings are all that must match the ones the
/// survival model's training features were extracted with.
/// </summary>
public static class RadiomicsSettingsFile
{
    public const string FileName = "radiomics-settings.json";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
    };

    public static void Write(string path, RadiomicsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var spacing = settings.ResampledSpacing is { } s ? new[] { s.X, s.Y, s.Z } : null;
        var interpolator = spacing is null ? null : settings.Interpolator.ToString().ToLowerInvariant();
        var resegment = settings.ResegmentRange is { } r ? new[] { r.Minimum, r.Maximum } : null;
        var document = new Document(FormatVersion, settings.Discretisation.BinWidth, settings.Discretisation.BinCount, spacing, interpolator,
            resegment, resegment is null ? null : settings.ResegmentShape);
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    /// <exception cref="InvalidDataException">The file is missing, damaged, of a newer format, or its settings are out of range.</exception>
    public static RadiomicsSettings Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the radiomics settings file is missing.");
        }
        Document document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: the settings file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}, field '{e.Path}': not valid radiomics settings ({e.Message}).", e);
        }
        if (document.FormatVersion > FormatVersion)
        {
            throw new InvalidDataException($"{path}: format {document.FormatVersion} is newer than this version understands ({FormatVersion}).");
        }
        return new RadiomicsSettings
        {
            Discretisation = Discretisation(document, path), ResampledSpacing = Spacing(document, path), Interpolator = Interpolator(document, path),
            ResegmentRange = Resegment(document, path), ResegmentShape = document.ResegmentShape ?? false,
        };
    }

    private static GreyLevelDiscretisation Discretisation(Document document, string path)
    {
        try
        {
            return (document.BinWidth, document.BinCount) switch
            {
                ({ } width, null) => GreyLevelDiscretisation.FixedBinWidth(width),
                (null, { } count) => GreyLevelDiscretisation.FixedBinCount(count),
                _ => throw new InvalidDataException($"{path}: expected exactly one of 'bin_width' and 'bin_count'."),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static VoxelSpacing? Spacing(Document document, string path) => document.ResampledSpacing switch
    {
        null => null,
        [var x, var y, var z] when new[] { x, y, z }.All(v => v >= 0 && double.IsFinite(v)) => new VoxelSpacing(x, y, z),
        _ => throw new InvalidDataException(
            $"{path}: 'resampled_spacing' must be three millimetre spacings (x, y, z), each 0 (keep) or positive."),
    };

    // Files written before the interpolator was recorded resampled linearly.
    private static ImageInterpolator Interpolator(Document document, string path) => document.Interpolator switch
    {
        null => document.ResampledSpacing is null ? ImageInterpolator.BSpline : ImageInterpolator.Linear,
        "bspline" => ImageInterpolator.BSpline,
        "linear" => ImageInterpolator.Linear,
        var other => throw new InvalidDataException($"{path}: 'interpolator' must be \"bspline\" or \"linear\", not \"{other}\"."),
    };

    private static IntensityRange? Resegment(Document document, string path) => document.ResegmentRange switch
    {
        null => null,
        [var min, var max] when double.IsFinite(min) && double.IsFinite(max) && min <= max => new IntensityRange(min, max),
        _ => throw new InvalidDataException($"{path}: 'resegment_range' must be two finite intensities [min, max] with min <= max."),
    };

    private sealed record Document(int FormatVersion, double? BinWidth, int? BinCount, double[]? ResampledSpacing, string? Interpolator = null,
        double[]? ResegmentRange = null, bool? ResegmentShape = null);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The trained model's own files inside a bundle: <c>survival-model.json</c> (feature encoder vocabulary, scaler, PCA,
/// and the logistic weights when that classifier was chosen) and, for boosted trees, the ML.NET model <c>boosted-trees.zip</c>.
/// </summary>
public static class SurvivalModelFile
{
    public const string FileName = "survival-model.json";
    public const string BoostedTreesFileName = "boosted-trees.zip";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IgnoreReadOnlyProperties = true,
        // Weights and component loadings must read back to the same bits, so scoring is reproduced exactly.
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
    };

    /// <summary>The file names <see cref="Write"/> writes for this model.</summary>
    public static IReadOnlyList<string> Files(SurvivalModel model) =>
        model.Classifier is BoostedTreesClassifier ? [FileName, BoostedTreesFileName] : [FileName];

    public static void Write(string folder, FeatureEncoder encoder, SurvivalModel model)
    {
        foreach (var name in Files(model))
        {
            WriteFile(name, Path.Combine(folder, name), encoder, model);
        }
    }

    /// <summary>Writes the one file of <see cref="Files"/> called <paramref name="name"/> to <paramref name="path"/>.</summary>
    public static void WriteFile(string name, string path, FeatureEncoder encoder, SurvivalModel model)
    {
        switch (name)
        {
            case FileName:
                var document = new Document(FormatVersion, encoder, model.Scaler, model.Pca, model.Classifier.Name,
                    model.Classifier as LogisticRegressionL2);
                File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
                break;
            case BoostedTreesFileName when model.Classifier is BoostedTreesClassifier trees:
                trees.Save(path);
                break;
            default:
                throw new ArgumentException($"'{name}' is not a file of this survival model ({string.Join(", ", Files(model))}).", nameof(name));
        }
    }

    /// <exception cref="InvalidDataException">A file is missing, damaged or of a newer format.</exception>
    public static (FeatureEncoder Encoder, SurvivalModel Model) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the model file is missing.");
        }
        Document document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: the model file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}, field '{e.Path}': not a valid survival model ({e.Message}).", e);
        }
        if (document.FormatVersion > FormatVersion)
        {
            throw new InvalidDataException($"{path}: format {document.FormatVersion} is newer than this version understands ({FormatVersion}).");
        }
        ISurvivalClassifier classifier = document.Logistic is { } logistic
            ? logistic
            : document.Classifier == ClassifierCandidate.BoostedTreesName
                ? BoostedTreesClassifier.Load(document.Classifier, Path.Combine(folder, BoostedTreesFileName), document.Pca.Count)
                : throw new InvalidDataException($"{path}: classifier '{document.Classifier}' has no parameters in the file.");
        return (document.Encoder, new SurvivalModel(document.Scaler, document.Pca, classifier));
    }

    private sealed record Document(
        int FormatVersion, FeatureEncoder Encoder, Standardiser Scaler, PrincipalComponents Pca, string Classifier, LogisticRegressionL2? Logistic);
}

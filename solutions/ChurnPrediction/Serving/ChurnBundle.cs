using System.Globalization;
using System.Text;
using Microsoft.ML;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Training;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.ChurnPrediction.Serving;

/// <summary>Saves a churn model as a bundle and loads it back as a ready predictor.</summary>
public static class ChurnBundle
{
    /// <summary>The manifest parameter holding the deployed probability cutoff.</summary>
    public const string CutoffParameter = "cutoff";

    /// <summary>
    /// The bundle file holding the training customers explanations average over (<see cref="ChurnModel.Background"/>),
    /// in the data's own CSV format.
    /// </summary>
    public const string ExplainerBackgroundFile = "explainer_background.csv";

    public static BundleManifest Save(
        string folder, ChurnModel model, double cutoff, string trainingDataPath,
        IReadOnlyDictionary<string, double> metrics, IEnumerable<ChurnCustomer> sample)
    {
        var sha = ModelBundleWriter.Sha256OfFile(trainingDataPath);
        var created = DateTimeOffset.UtcNow;
        var manifest = new BundleManifest
        {
            Solution = ChurnRunOptions.SolutionName,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{sha[..8]}",
            CreatedUtc = created,
            Trainer = model.Trainer,
            InputSchema = CustomerValues.Schema.Columns,
            OutputSchema = ChurnPredictor.OutputSchema,
            TrainingDataSha256 = sha,
            Metrics = metrics,
            Parameters = new Dictionary<string, string> { [CutoffParameter] = cutoff.ToString("R", CultureInfo.InvariantCulture) },
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(ModelBundle.MlNetFileName, null),
        };
        using var background = new StringWriter(CultureInfo.InvariantCulture);
        CsvWriter.Write(background, model.Background);
        return ModelBundleWriter.Write(
            folder, model.Context, model.Transformer, model.InputSample(sample), manifest, exportOnnx: true,
            new Dictionary<string, byte[]> { [ExplainerBackgroundFile] = Encoding.UTF8.GetBytes(background.ToString()) });
    }

    /// <summary>Loads the bundle in <paramref name="folder"/>, refusing one for another solution or schema.</summary>
    public static (ModelBundle Bundle, ChurnPredictor Predictor) Load(string folder)
    {
        var mlContext = new MLContext();
        var bundle = ModelBundle.Load(folder, ChurnRunOptions.SolutionName, CustomerValues.Schema, mlContext);
        if (!bundle.Manifest.Parameters.TryGetValue(CutoffParameter, out var text)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var cutoff))
        {
            throw new ModelBundleException($"Model bundle '{folder}' has no valid '{CutoffParameter}' parameter in its manifest.");
        }
        return (bundle, new ChurnPredictor(mlContext, bundle.Model, cutoff, ReadBackground(bundle)));
    }

    /// <summary>The bundle's explainer background, or null for a bundle saved before it had one.</summary>
    private static IReadOnlyList<ChurnCustomer>? ReadBackground(ModelBundle bundle)
    {
        if (bundle.AdditionalFilePath(ExplainerBackgroundFile) is not { } path)
        {
            return null;
        }
        try
        {
            return CsvLoader.Load<ChurnCustomer>(path, new CsvLoadOptions { Strict = true }).Rows;
        }
        catch (TabularDataException e)
        {
            throw new ModelBundleException($"Model bundle '{bundle.Folder}' has a damaged {ExplainerBackgroundFile}: {e.Message}", e);
        }
    }
}

using Microsoft.ML;
using Solutions.PaymentClassification.Modeling;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.PaymentClassification.Serving;

/// <summary>Saves a payment model as a bundle that names its feature store, and loads it back as a ready predictor.</summary>
public static class PaymentBundle
{
    /// <summary>The manifest parameter naming the store's backend: <c>sqlite</c> or <c>postgres</c>.</summary>
    public const string StoreBackendParameter = "feature_store_backend";

    /// <summary>The manifest parameter locating the store: a SQLite path relative to the bundle folder, or a connection string without its password.</summary>
    public const string StoreParameter = "feature_store";

    public static BundleManifest Save(
        string folder, PaymentModel<PaymentModelInput> model, IEnumerable<PaymentModelInput> sample, string trainingDataPath,
        IReadOnlyDictionary<string, double> metrics, FeatureStoreLocation store)
    {
        var sha = ModelBundleWriter.Sha256OfFile(trainingDataPath);
        var created = DateTimeOffset.UtcNow;
        var bundleFolder = Path.GetFullPath(folder);
        var manifest = new BundleManifest
        {
            Solution = PaymentRunOptions.SolutionName,
            ModelVersion = $"{created:yyyyMMdd.HHmmss}-{sha[..8]}",
            CreatedUtc = created,
            Trainer = model.Trainer,
            InputSchema = TransactionRows.Schema.Columns,
            OutputSchema = PaymentOutputColumns.Schema,
            TrainingDataSha256 = sha,
            Metrics = metrics,
            Parameters = new Dictionary<string, string>
            {
                [StoreBackendParameter] = store.Backend,
                // Relative, so the output folder can move as a whole.
                [StoreParameter] = store.IsPostgres ? store.ForManifest() : Path.GetRelativePath(bundleFolder, store.Location),
            },
            PackageVersions = ModelBundleWriter.PackageVersions(),
            Files = new BundleFiles(ModelBundle.MlNetFileName, null),
        };
        return ModelBundleWriter.Write(bundleFolder, model.Context, model.Transformer, model.InputSample(sample), manifest, exportOnnx: false);
    }

    /// <summary>The store a bundle names, or <paramref name="store"/> when given (a path or a connection string).</summary>
    public static FeatureStoreLocation StoreOf(string folder, BundleManifest manifest, string? store = null)
    {
        if (store is not null)
        {
            return FeatureStoreLocation.Parse(store);
        }
        if (!manifest.Parameters.TryGetValue(StoreParameter, out var location) || string.IsNullOrWhiteSpace(location))
        {
            throw new ModelBundleException($"Model bundle '{folder}' names no feature store ('{StoreParameter}' parameter); give one with --store.");
        }
        var postgres = manifest.Parameters.GetValueOrDefault(StoreBackendParameter) == FeatureStoreLocation.PostgresBackend;
        return postgres ? new FeatureStoreLocation(true, location) : new FeatureStoreLocation(false, Path.GetFullPath(Path.Combine(folder, location)));
    }

    /// <summary>Loads the bundle in <paramref name="folder"/> and opens its feature store.</summary>
    /// <param name="folder">The bundle folder.</param>
    /// <param name="store">A store to use instead of the manifest's (a SQLite path or a PostgreSQL connection string).</param>
    public static (ModelBundle Bundle, PaymentPredictor Predictor) Load(string folder, string? store = null)
    {
        var mlContext = new MLContext();
        var bundle = ModelBundle.Load(folder, PaymentRunOptions.SolutionName, TransactionRows.Schema, mlContext);
        var location = StoreOf(folder, bundle.Manifest, store);
        if (!location.IsPostgres && !File.Exists(location.Location))
        {
            throw new ModelBundleException(
                $"Model bundle '{folder}': its feature store '{location.Location}' does not exist; ingest transactions into it or give --store.");
        }
        return (bundle, new PaymentPredictor(mlContext, bundle.Model, location.Open()));
    }
}

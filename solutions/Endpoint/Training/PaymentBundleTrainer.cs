using Solutions.PaymentClassification;
using Solutions.PaymentClassification.Reporting;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>
/// Trains the payment model as its <c>run</c> command does (generate if missing, ingest into the feature store,
/// point-in-time features, random and time splits) and saves the bundle, without the report and charts. The
/// feature store is <c>features.db</c> beside the bundle folder, as <c>run</c> leaves it, and the bundle names it.
/// </summary>
/// <param name="dataPath">The labelled transactions; default <c>data/transactions.csv</c> beside the bundle folder, generated when missing.</param>
/// <param name="rows">
/// Transactions to generate when the data file is missing. The default, 20,000, trains in well under a minute on
/// two cores; the solution's own <c>run</c> generates 100,000 (about 3 minutes), which a host start should not wait for.
/// An existing data file is used as it is, whatever its size.
/// </param>
/// <param name="rounds">Boosting rounds; null for the algorithm's default (120 for LightGbm).</param>
public sealed class PaymentBundleTrainer(string? dataPath = null, int rows = PaymentBundleTrainer.DefaultRows, int? rounds = null) : IBundleTrainer
{
    /// <summary>Transactions generated for a missing bundle by default.</summary>
    public const int DefaultRows = 20_000;

    public string Solution => PaymentRunOptions.SolutionName;

    public void Train(string bundleFolder, int seed, IProgressDisplay progress)
    {
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(bundleFolder))!;
        var options = new PaymentRunOptions(dataPath ?? Path.Combine(outputFolder, "data", PaymentRunOptions.DataFileName), outputFolder, seed)
        {
            Rows = rows,
            Rounds = rounds,
        };
        var result = PaymentRun.Execute(options, progress);
        var metrics = PaymentMetrics.From(result.Evaluation, seed);
        progress.Step($"Saving the payment bundle to {bundleFolder}", () => PaymentBundle.Save(
            bundleFolder, result.Model, result.TrainingSample, options.DataPath, metrics.ForManifest(), options.StoreLocation));
    }
}

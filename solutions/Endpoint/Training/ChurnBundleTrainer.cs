using Solutions.ChurnPrediction;
using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>Trains the churn model as its <c>run</c> command does and saves the bundle (without the report and charts).</summary>
/// <param name="dataPath">The labelled customers; default data/churn/churn.csv.</param>
/// <param name="folds">Cross-validation folds of the model choice; default 5, as the solution's run.</param>
public sealed class ChurnBundleTrainer(string? dataPath = null, int folds = 5) : IBundleTrainer
{
    private const int SampleRows = 100;

    public string Solution => ChurnRunOptions.SolutionName;

    public void Train(string bundleFolder, int seed, IProgressDisplay progress)
    {
        var options = new ChurnRunOptions(dataPath ?? ChurnRunOptions.DefaultDataPath, Path.GetDirectoryName(Path.GetFullPath(bundleFolder))!, seed)
        {
            Folds = folds,
        };
        var result = ChurnRun.Execute(options, progress);
        var metrics = ChurnMetrics.From(result.Evaluation, seed);
        progress.Step($"Saving the churn bundle to {bundleFolder}", () => ChurnBundle.Save(
            bundleFolder, result.Model, result.Evaluation.DeployedCutoff, options.DataPath, metrics.ForManifest(),
            result.Data.Rows.Take(SampleRows)));
    }
}

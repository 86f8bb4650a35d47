using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>
/// One churn run on the first <see cref="ChurnFiles.TrainingRows"/> real customers (seed 7, 3 folds, to keep
/// the suite quick), and its model saved as a bundle; shared by every test of <see cref="TrainedChurnModelCollection"/>.
/// </summary>
public sealed class TrainedChurnModel : IDisposable
{
    public const int Seed = 7;

    private readonly TempFolder _folder = new();

    public TrainedChurnModel()
    {
        DataPath = ChurnFiles.WriteSlice(_folder.Combine("customers.csv"), 0, ChurnFiles.TrainingRows);
        Options = new ChurnRunOptions(DataPath, _folder.Combine("out"), Seed) { Folds = 3, PermutationRepeats = 2 };
        Result = ChurnRun.Execute(Options);
        Manifest = ChurnBundle.Save(
            Options.ModelFolder, Result.Model, Result.Evaluation.DeployedCutoff, DataPath,
            ChurnMetrics.From(Result.Evaluation, Seed).ForManifest(), Result.Data.Rows.Take(100));
    }

    /// <summary>The training subset as a CSV file.</summary>
    public string DataPath { get; }

    public ChurnRunOptions Options { get; }

    public ChurnRunResult Result { get; }

    /// <summary>The manifest of the bundle in <see cref="BundleFolder"/>.</summary>
    public BundleManifest Manifest { get; }

    public string BundleFolder => Options.ModelFolder;

    public void Dispose() => _folder.Dispose();
}

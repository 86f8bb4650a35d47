namespace Solutions.ChurnPrediction.Benchmarks.Training;

/// <summary>Wall times of repeated training runs on the same rows; the first run of a process is cold (JIT).</summary>
/// <param name="Rows">Labelled customers loaded.</param>
/// <param name="TrainRows">Rows the final model is fitted on (the training split).</param>
/// <param name="TestRows">Rows of the test split, on which the evaluation runs.</param>
/// <param name="Candidates">Candidates the cross-validation compared.</param>
/// <param name="Folds">Folds of that cross-validation.</param>
/// <param name="Candidate">The candidate the cross-validation chose, e.g. "FastTree, with charges".</param>
/// <param name="RunSeconds">Each <c>ChurnRun.Execute</c>, in run order.</param>
/// <param name="SelectionSeconds">Each <c>ChurnModelSelector.Select</c> alone (the cross-validation inside a run), in run order.</param>
/// <param name="ImportanceSeconds">Each <c>ChurnEvaluator.Importance</c> alone (permutation importance on the test rows, inside a run's evaluation).</param>
/// <param name="FitSeconds">Each final <c>ChurnTrainer.Train</c>, in run order.</param>
public sealed record TrainingTimings(
    int Rows, int TrainRows, int TestRows, int Candidates, int Folds, string Candidate, IReadOnlyList<double> RunSeconds, IReadOnlyList<double> SelectionSeconds, IReadOnlyList<double> FitSeconds, IReadOnlyList<double> ImportanceSeconds)
{
    public double MedianRunSeconds => Median(RunSeconds);

    public double MedianSelectionSeconds => Median(SelectionSeconds);

    public double MedianFitSeconds => Median(FitSeconds);

    public double MedianImportanceSeconds => Median(ImportanceSeconds);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

using System.Diagnostics;
using Microsoft.ML;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Evaluation;
using Solutions.ChurnPrediction.Training;

namespace Solutions.ChurnPrediction.Benchmarks.Training;

/// <summary>
/// Times the whole churn run (load, cross-validated choice among the candidates, fit, calibrate, evaluate) and, apart,
/// its costly steps on the same split: the cross-validated choice, the final fit of the chosen candidate and the
/// permutation importance of the evaluation.
/// </summary>
public static class TrainingBenchmark
{
    /// <returns>The timings and the last run, whose model can be bundled for the prediction benchmarks.</returns>
    public static (TrainingTimings Timings, ChurnRunResult LastRun) Measure(ChurnRunOptions options, int runs, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var runSeconds = new List<double>(runs);
        var selectionSeconds = new List<double>(runs);
        var fitSeconds = new List<double>(runs);
        var importanceSeconds = new List<double>(runs);
        ChurnRunResult? last = null;
        ChurnSplit? split = null;
        for (var run = 1; run <= runs; run++)
        {
            // Each run starts from the same heap state, so one run's garbage is not collected on the next one's clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            last = ChurnRun.Execute(options);
            runSeconds.Add(clock.Elapsed.TotalSeconds);

            split ??= ChurnSplit.Create(last.Data.Rows, options.SplitFractions, options.Seed);
            var candidate = last.Evaluation.Selection.Best.Candidate;
            GC.Collect();
            clock.Restart();
            ChurnModelSelector.Select(split.Train, ChurnCandidate.All, options.Folds, options.Seed);
            selectionSeconds.Add(clock.Elapsed.TotalSeconds);

            GC.Collect();
            clock.Restart();
            ChurnTrainer.Train(new MLContext(options.Seed), candidate, split.Train, split.Validation);
            fitSeconds.Add(clock.Elapsed.TotalSeconds);

            GC.Collect();
            clock.Restart();
            ChurnEvaluator.Importance(last.Predictor, split.Test, options.PermutationRepeats, options.Seed);
            importanceSeconds.Add(clock.Elapsed.TotalSeconds);
            log.WriteLine(
                $"  training run {run}/{runs}: whole run {runSeconds[^1]:0.000} s; cross-validation alone {selectionSeconds[^1]:0.000} s, " +
                $"final fit ({candidate}) {fitSeconds[^1]:0.000} s, permutation importance {importanceSeconds[^1]:0.000} s");
        }
        var selection = last!.Evaluation.Selection;
        var timings = new TrainingTimings(
            last.Data.Rows.Count, split!.Train.Count, split.Test.Count, selection.Candidates.Count, selection.Folds, selection.Best.Candidate.ToString(),
            runSeconds, selectionSeconds, fitSeconds, importanceSeconds);
        return (timings, last);
    }
}

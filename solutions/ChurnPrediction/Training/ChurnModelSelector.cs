using Microsoft.ML;
using Solutions.ChurnPrediction.Data;
using Solutions.Shared.Data.Splits;
using Solutions.Shared.Evaluation.Binary;

namespace Solutions.ChurnPrediction.Training;

/// <summary>
/// Chooses learner and feature set by stratified k-fold cross-validation on the training rows only;
/// the test rows are never looked at while choosing.
/// </summary>
public static class ChurnModelSelector
{
    /// <param name="training">The training rows.</param>
    /// <param name="candidates">The configurations to compare.</param>
    /// <param name="folds">Folds of the cross-validation.</param>
    /// <param name="seed">Seeds the folds and every fit.</param>
    /// <param name="progress">Receives the fraction of fits done.</param>
    public static ModelSelection Select(
        IReadOnlyList<ChurnRecord> training,
        IReadOnlyList<ChurnCandidate> candidates,
        int folds,
        int seed,
        IProgress<double>? progress = null)
    {
        var labels = training.Select(r => r.Churned).ToArray();
        var split = KFold.Stratified(labels, folds, seed);
        var aucs = new double[candidates.Count, split.Count];
        var done = 0;
        // Every (candidate, fold) fit is independent: they run on all cores, each with its own context seeded from
        // the run's seed and its position, so the result does not depend on which thread ran what.
        Parallel.For(0, candidates.Count * split.Count, job =>
        {
            var (c, f) = Math.DivRem(job, split.Count);
            var fold = split[f];
            var train = fold.Train.Select(i => training[i]).ToArray();
            var test = fold.Test.Select(i => training[i]).ToArray();
            var mlContext = new MLContext(unchecked(seed * 7919 + job));
            var scores = ChurnTrainer.FitAndScore(mlContext, candidates[c], train, test);
            aucs[c, f] = BinaryClassificationEvaluator.Evaluate(test.Select(r => r.Churned).ToArray(), scores).RocAuc;
            progress?.Report((double)Interlocked.Increment(ref done) / (candidates.Count * split.Count));
        });
        var results = candidates
            .Select((candidate, c) => new CandidateScore(candidate, [.. Enumerable.Range(0, split.Count).Select(f => aucs[c, f])]))
            .ToArray();
        return new ModelSelection(results, folds);
    }
}

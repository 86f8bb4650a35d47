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
    public static ModelSelection Select(
        MLContext mlContext,
        IReadOnlyList<ChurnRecord> training,
        IReadOnlyList<ChurnCandidate> candidates,
        int folds,
        int seed,
        IProgress<double>? progress = null)
    {
        var labels = training.Select(r => r.Churned).ToArray();
        var split = KFold.Stratified(labels, folds, seed);
        var scores = new List<CandidateScore>(candidates.Count);
        var done = 0;
        foreach (var candidate in candidates)
        {
            var aucs = new double[split.Count];
            for (var f = 0; f < split.Count; f++)
            {
                var fold = split[f];
                var train = fold.Train.Select(i => training[i]).ToArray();
                var test = fold.Test.Select(i => training[i]).ToArray();
                var foldScores = ChurnTrainer.FitAndScore(mlContext, candidate, train, test);
                aucs[f] = BinaryClassificationEvaluator.Evaluate(test.Select(r => r.Churned).ToArray(), foldScores).RocAuc;
                progress?.Report((double)++done / (candidates.Count * split.Count));
            }
            scores.Add(new CandidateScore(candidate, aucs));
        }
        return new ModelSelection(scores, folds);
    }
}

using Solutions.LungSurvival.Training.Model;
using Solutions.Shared.Data.Splits;
using Solutions.Shared.Evaluation.Binary;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>
/// Picks a classifier by stratified k-fold AUC on the rows it is given, refitting standardisation and PCA in every
/// fold. Called on an outer training fold it is the inner loop of nested cross-validation. Ties go to the earlier candidate.
/// </summary>
public static class CandidateSelection
{
    public const int DefaultFolds = 3;

    public static (ClassifierCandidate Chosen, IReadOnlyList<CandidateScore> Scores) Choose(
        IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, IReadOnlyList<ClassifierCandidate> candidates, int seed,
        int folds = DefaultFolds)
    {
        if (candidates.Count == 1)
        {
            return (candidates[0], []);
        }
        var splits = KFold.Stratified(labels, folds, seed);
        var scores = candidates.Select(candidate => new CandidateScore(candidate.Name, splits.Average(fold =>
        {
            var model = SurvivalModel.Fit(At(rows, fold.Train), At(labels, fold.Train), candidate, seed);
            return BinaryClassificationEvaluator.Evaluate(At(labels, fold.Test), model.Probabilities(At(rows, fold.Test))).RocAuc;
        }))).ToArray();
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            best = scores[i].MeanAuc > scores[best].MeanAuc ? i : best;
        }
        return (candidates[best], scores);
    }

    internal static T[] At<T>(IReadOnlyList<T> items, IReadOnlyList<int> indices) => [.. indices.Select(i => items[i])];
}

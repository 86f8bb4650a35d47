using Solutions.LungSurvival.Training.Model;
using Solutions.Shared.Evaluation.Binary;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>
/// Repeated stratified k-fold with the classifier choice nested inside: in every outer fold, the candidates are
/// compared by an inner cross-validation on the training patients, the winner is refitted on them (standardisation
/// and PCA included) and scored on the held-out patients. So the reported AUC pays for the choice and no held-out
/// patient ever touches a fitted parameter. Outer folds run in parallel, each with its own seed, so the result is the
/// same whatever the thread count.
/// </summary>
public static class NestedCrossValidation
{
    public static CrossValidationResult Run(
        IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, IReadOnlyList<RepeatedFold> folds,
        IReadOnlyList<ClassifierCandidate> candidates, int seed, IProgress<double>? progress = null)
    {
        if (rows.Count != labels.Count)
        {
            throw new ArgumentException($"Got {rows.Count} rows and {labels.Count} labels; they must match.");
        }
        var outcomes = new FoldOutcome[folds.Count];
        var done = 0;
        Parallel.For(0, folds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            outcomes[f] = RunFold(rows, labels, folds[f], candidates, RepeatedFolds.RepeatSeed(seed, 1000 + f));
            progress?.Report(Interlocked.Increment(ref done) / (double)folds.Count);
        });

        var first = folds[0].Fold;
        var foldAucs = outcomes.Select(o => o.Auc).ToArray();
        var ratio = first.Test.Count / (double)first.Train.Count;
        return new CrossValidationResult(
            foldAucs,
            AucInterval.Corrected(foldAucs, ratio),
            [.. outcomes.Select(o => o.Chosen)],
            [.. outcomes.Select(o => o.Components)],
            [.. candidates.Select((c, i) => new CandidateScore(c.Name, outcomes.Average(o => o.CandidateAucs[i])))],
            [.. folds.SelectMany(f => f.Fold.Test.Select(i => labels[i]))],
            [.. outcomes.SelectMany(o => o.Probabilities)],
            ratio);
    }

    private static FoldOutcome RunFold(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, RepeatedFold fold,
        IReadOnlyList<ClassifierCandidate> candidates, int seed)
    {
        var trainRows = CandidateSelection.At(rows, fold.Fold.Train);
        var trainLabels = CandidateSelection.At(labels, fold.Fold.Train);
        var testRows = CandidateSelection.At(rows, fold.Fold.Test);
        var testLabels = CandidateSelection.At(labels, fold.Fold.Test);
        var (chosen, _) = CandidateSelection.Choose(trainRows, trainLabels, candidates, seed);

        IReadOnlyList<double>? chosenProbabilities = null;
        var components = 0;
        var candidateAucs = new double[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var model = SurvivalModel.Fit(trainRows, trainLabels, candidates[c], seed);
            var probabilities = model.Probabilities(testRows);
            candidateAucs[c] = BinaryClassificationEvaluator.Evaluate(testLabels, probabilities).RocAuc;
            if (candidates[c] == chosen)
            {
                chosenProbabilities = probabilities;
                components = model.Pca.Count;
            }
        }
        var auc = BinaryClassificationEvaluator.Evaluate(testLabels, chosenProbabilities!).RocAuc;
        return new FoldOutcome(auc, chosen.Name, components, candidateAucs, chosenProbabilities!);
    }

    private sealed record FoldOutcome(double Auc, string Chosen, int Components, double[] CandidateAucs, IReadOnlyList<double> Probabilities);
}

using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Tests.Evaluation;

public sealed class NestedCrossValidationTests
{
    private static readonly IReadOnlyList<ClassifierCandidate> Candidates = [ClassifierCandidate.Logistic(1), ClassifierCandidate.Logistic(100)];

    [Fact]
    public void Signal_in_one_gene_shows_only_once_genes_are_added()
    {
        var (matrix, labels) = GeneSignal(seed: 3);
        var folds = RepeatedFolds.Create(labels, 4, 2, seed: 1);

        var clinical = NestedCrossValidation.Run(matrix.Select([FeatureModality.Clinical]).Rows, labels, folds, Candidates, 1);
        var withGenes = NestedCrossValidation.Run(matrix.Select([FeatureModality.Clinical, FeatureModality.Genomic]).Rows, labels, folds, Candidates, 1);

        // The label is the sign of gene 0 plus noise of sd 0.5 (true AUC about 0.9); clinical columns are pure noise.
        Assert.InRange(clinical.Auc.Mean, 0.3, 0.65);
        Assert.True(withGenes.Auc.Mean > 0.8, $"AUC with genes {withGenes.Auc.Mean}");
        Assert.True(withGenes.Auc.Low > clinical.Auc.Mean);
        Assert.Equal(8, withGenes.FoldAucs.Count);
        Assert.Equal(8, withGenes.ChosenPerFold.Count);
        Assert.Equal(2 * labels.Length, withGenes.PooledLabels.Count);
    }

    [Fact]
    public void Shuffled_labels_give_an_AUC_near_one_half()
    {
        var (matrix, labels) = GeneSignal(seed: 4);
        var random = new Random(8);
        var shuffled = labels.ToArray();
        random.Shuffle(shuffled);
        var folds = RepeatedFolds.Create(shuffled, 4, 3, seed: 2);

        var result = NestedCrossValidation.Run(matrix.Rows, shuffled, folds, Candidates, 2);

        Assert.InRange(result.Auc.Mean, 0.38, 0.62);
        Assert.True(result.Auc.Low < 0.5 && result.Auc.High > 0.5, $"interval {result.Auc.Low}..{result.Auc.High}");
    }

    [Fact]
    public void Same_seed_same_fold_AUCs_whatever_the_thread_timing()
    {
        var (matrix, labels) = GeneSignal(seed: 5);
        var folds = RepeatedFolds.Create(labels, 3, 2, seed: 6);
        IReadOnlyList<ClassifierCandidate> candidates = [ClassifierCandidate.Logistic(10), ClassifierCandidate.BoostedTrees()];

        var first = NestedCrossValidation.Run(matrix.Rows, labels, folds, candidates, 6);
        var second = NestedCrossValidation.Run(matrix.Rows, labels, folds, candidates, 6);

        Assert.Equal(first.FoldAucs, second.FoldAucs);
        Assert.Equal(first.ChosenPerFold, second.ChosenPerFold);
        Assert.Equal(first.PooledProbabilities, second.PooledProbabilities);
    }

    /// <summary>80 patients: 6 clinical noise columns, 4 genes of which the first decides the label, 3 radiomic noise columns.</summary>
    private static (FeatureMatrix Matrix, bool[] Labels) GeneSignal(int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var rows = Enumerable.Range(0, 80).Select(_ => Enumerable.Range(0, 13).Select(_ => Normal()).ToArray()).ToArray();
        var labels = rows.Select(r => r[6] + 0.5 * Normal() > 0).ToArray();
        FeatureModality[] modalities =
        [
            .. Enumerable.Repeat(FeatureModality.Clinical, 6), .. Enumerable.Repeat(FeatureModality.Genomic, 4),
            .. Enumerable.Repeat(FeatureModality.Radiomic, 3),
        ];
        return (new FeatureMatrix(rows, [.. Enumerable.Range(0, 13).Select(i => $"f{i}")], modalities), labels);
    }
}

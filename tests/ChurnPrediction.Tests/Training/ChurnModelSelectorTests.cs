using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.ChurnPrediction.Training;

namespace Solutions.ChurnPrediction.Tests.Training;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnModelSelectorTests(TrainedChurnModel trained)
{
    private ModelSelection Selection => trained.Result.Evaluation.Selection;

    [Fact]
    public void Every_candidate_is_cross_validated_on_every_fold()
    {
        Assert.Equal(4, Selection.Candidates.Count);
        Assert.Equal(ChurnCandidate.All, Selection.Candidates.Select(c => c.Candidate));
        Assert.Equal(trained.Options.Folds, Selection.Folds);
        Assert.All(Selection.Candidates, c => Assert.Equal(trained.Options.Folds, c.FoldAucs.Count));
    }

    [Fact]
    public void Every_fold_ranks_churners_better_than_chance()
    {
        Assert.All(Selection.Candidates.SelectMany(c => c.FoldAucs), auc => Assert.InRange(auc, 0.5 + 1e-9, 1.0));
    }

    [Fact]
    public void The_best_candidate_has_the_highest_mean_auc()
    {
        Assert.Equal(Selection.Candidates.Max(c => c.MeanAuc), Selection.Best.MeanAuc);
        Assert.Equal(Selection.Best.Candidate.Algorithm.Name, trained.Result.Model.Trainer);
    }
}

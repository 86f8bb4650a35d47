using Solutions.ChurnPrediction.Features;
using Solutions.ChurnPrediction.Training;

namespace Solutions.ChurnPrediction.Tests.Training;

public sealed class CandidateScoreTests
{
    [Fact]
    public void Mean_and_sample_standard_deviation_of_the_fold_aucs()
    {
        var score = new CandidateScore(new ChurnCandidate(ChurnAlgorithm.FastTree, ChurnFeatureSet.WithCharges), [0.80, 0.90, 0.85]);

        // Mean 0.85; squared deviations 0.0025, 0.0025, 0 sum to 0.005; / (3 - 1) = 0.0025; sqrt = 0.05.
        Assert.Equal(0.85, score.MeanAuc, 12);
        Assert.Equal(0.05, score.AucStandardDeviation, 12);
    }

    [Fact]
    public void There_are_four_candidates_two_learners_on_two_feature_sets()
    {
        Assert.Equal(
            ["FastTree, with charges", "FastTree, without charges", "LightGbm, with charges", "LightGbm, without charges"],
            ChurnCandidate.All.Select(c => c.ToString()));
        Assert.Equal(17, ChurnFeatureSet.WithCharges.NumericColumns.Count);
        Assert.Equal(13, ChurnFeatureSet.WithoutCharges.NumericColumns.Count);
        Assert.DoesNotContain(nameof(ChurnModelInput.DayCharge), ChurnFeatureSet.WithoutCharges.NumericColumns);
    }
}

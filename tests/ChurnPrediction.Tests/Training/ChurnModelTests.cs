using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Training;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnModelTests(TrainedChurnModel trained)
{
    [Fact]
    public void Probabilities_are_probabilities_and_not_all_alike()
    {
        var probabilities = trained.Result.Model.PredictProbabilities(ChurnFiles.HeldOut(500));

        Assert.Equal(500, probabilities.Length);
        Assert.All(probabilities, p => Assert.InRange(p, 0.0, 1.0));
        Assert.True(probabilities.Max() - probabilities.Min() > 0.5, $"probabilities span only {probabilities.Min()}..{probabilities.Max()}");
    }

    [Fact]
    public void Batch_and_one_by_one_scoring_agree()
    {
        var customers = ChurnFiles.HeldOut(50);

        var batch = trained.Result.Model.PredictProbabilities(customers);

        for (var i = 0; i < customers.Count; i++)
        {
            Assert.Equal(batch[i], trained.Result.Predictor.PredictProbability(customers[i]), 6);
        }
    }

    [Fact]
    public void Held_out_churners_score_higher_than_held_out_stayers_on_average()
    {
        var customers = ChurnFiles.HeldOut(1_000);
        var probabilities = trained.Result.Model.PredictProbabilities(customers);

        var churners = probabilities.Where((_, i) => customers[i].Churned).Average();
        var stayers = probabilities.Where((_, i) => !customers[i].Churned).Average();

        Assert.True(churners > stayers + 0.3, $"churners {churners:0.000}, stayers {stayers:0.000}");
    }
}

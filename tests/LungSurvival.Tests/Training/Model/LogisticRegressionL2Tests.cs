using Solutions.LungSurvival.Training.Model;

namespace Solutions.LungSurvival.Tests.Training.Model;

public sealed class LogisticRegressionL2Tests
{
    // x = 1 for four patients of whom three died, x = -1 for four of whom one died.
    private static readonly double[][] Rows = [[1], [1], [1], [1], [-1], [-1], [-1], [-1]];
    private static readonly bool[] Dead = [true, true, true, false, true, false, false, false];

    [Fact]
    public void Without_a_penalty_recovers_the_log_odds()
    {
        var model = LogisticRegressionL2.Fit("plain", Rows, Dead, lambda: 0);

        // P(dead | x = 1) = 3/4, so w = logit(3/4) = ln 3; by symmetry the intercept is 0.
        Assert.Equal(Math.Log(3), model.Weights[0], 8);
        Assert.Equal(0, model.Intercept, 8);
        Assert.Equal(0.75, model.Probability([1]), 8);
    }

    [Fact]
    public void The_penalty_shrinks_the_weight_to_its_stationary_point()
    {
        var model = LogisticRegressionL2.Fit("ridge", Rows, Dead, lambda: 2);

        // The penalised optimum satisfies Σ (p − y) x + λ w = 0, i.e. 4(σ(w) − 3/4) − 4(σ(−w) − 1/4) + 2w = 0,
        // i.e. 8σ(w) − 6 + 2w = 0, whose root (by bisection) is w = 0.505240, below the unpenalised ln 3 = 1.0986.
        var w = model.Weights[0];
        Assert.Equal(0.505240, w, 5);
        Assert.Equal(0, (8 * Sigmoid(w)) - 6 + (2 * w), 8);
        Assert.Equal(0, model.Intercept, 8);
        Assert.Equal(0, (4 * (Sigmoid(w) - 0.75)) - (4 * (Sigmoid(-w) - 0.25)) + (2 * w), 8);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}

using Solutions.LungSurvival.Training.Model;

namespace Solutions.LungSurvival.Tests.Training.Model;

public sealed class StandardiserTests
{
    [Fact]
    public void Scales_by_the_training_mean_and_sd_and_imputes_missing_values_with_the_mean()
    {
        // Column 0: 1 and 3 (NaN ignored): mean 2, population sd 1. Column 1: constant 5.
        var scaler = Standardiser.Fit([[1, 5], [3, 5], [double.NaN, 5]]);

        Assert.Equal([2.0, 5.0], scaler.Means);
        Assert.Equal([-1.0, 0.0], scaler.Transform([1, 5]));
        Assert.Equal([1.0, 0.0], scaler.Transform([3, 5]));
        Assert.Equal([0.0, 0.0], scaler.Transform([double.NaN, 5]));
        // A value the constant column never had in training does not move anything.
        Assert.Equal([2.5, 0.0], scaler.Transform([4.5, 9]));
    }
}

using Solutions.LungSurvival.Evaluation;

namespace Solutions.LungSurvival.Tests.Evaluation;

public sealed class AucIntervalTests
{
    [Fact]
    public void Widens_the_t_interval_by_the_Nadeau_Bengio_correction()
    {
        // J = 4 folds: mean 0.7, sample variance (0.01 + 0 + 0.01 + 0) / 3 = 0.0066667; with n_test/n_train = 1/4 the
        // variance of the mean is (1/4 + 1/4) × 0.0066667 = 0.0033333, sd 0.0577350; t(0.975, 3) = 3.1824463,
        // so the half-width is 0.1837388.
        var interval = AucInterval.Corrected([0.6, 0.7, 0.8, 0.7], testToTrainRatio: 0.25);

        Assert.Equal(0.7, interval.Mean, 12);
        Assert.Equal(0.7 - 0.1837388, interval.Low, 6);
        Assert.Equal(0.7 + 0.1837388, interval.High, 6);
    }

    [Fact]
    public void Needs_two_finite_fold_AUCs()
    {
        Assert.Throws<ArgumentException>(() => AucInterval.Corrected([0.7], 0.25));
        Assert.Throws<ArgumentException>(() => AucInterval.Corrected([0.7, double.NaN], 0.25));
    }
}

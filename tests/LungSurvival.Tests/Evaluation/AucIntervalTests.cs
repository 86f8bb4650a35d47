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

    [Fact]
    public void The_modality_gain_pairs_fold_AUCs_on_the_same_folds()
    {
        // Differences 0.1, 0.1, 0.2, 0.0: mean 0.1, sample variance (0 + 0 + 0.01 + 0.01) / 3, so the same half-width as above.
        var richer = Result([0.7, 0.8, 0.9, 0.7]);
        var poorer = Result([0.6, 0.7, 0.7, 0.7]);

        var gain = ModalityComparison.Gain(richer, poorer);

        Assert.Equal(0.1, gain.Mean, 12);
        Assert.Equal(0.1 - 0.1837388, gain.Low, 6);
        Assert.Throws<ArgumentException>(() => ModalityComparison.Gain(richer, Result([0.6, 0.7])));
    }

    private static CrossValidationResult Result(double[] foldAucs) =>
        new(foldAucs, AucInterval.Corrected(foldAucs, 0.25), [], [], [], [true, false], [0.9, 0.1], 0.25);
}

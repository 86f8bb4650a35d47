using Solutions.LungSurvival.Radiomics.Discretisation;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class GreyLevelDiscretisationTests
{
    [Fact]
    public void Fixed_width_bins_start_at_a_multiple_of_the_width()
    {
        // Width 25 from floor(-30 / 25) * 25 = -50: -30 -> 1, -1 -> 2, 0 and 24 -> 3, 25 -> 4.
        var levels = new int[5];
        var highest = GreyLevelDiscretisation.FixedBinWidth(25).Apply([-30, -1, 0, 24, 25], levels);
        Assert.Equal([1, 2, 3, 3, 4], levels);
        Assert.Equal(4, highest);
    }

    [Fact]
    public void Fixed_count_bins_span_the_range_with_the_maximum_in_the_last_bin()
    {
        // Four bins of width 1 over 0..4; 4 falls in bin 4, not a fifth.
        var levels = new int[5];
        var highest = GreyLevelDiscretisation.FixedBinCount(4).Apply([0, 1, 2, 3, 4], levels);
        Assert.Equal([1, 2, 3, 4, 4], levels);
        Assert.Equal(4, highest);
    }

    [Fact]
    public void A_flat_region_is_one_level()
    {
        var levels = new int[3];
        Assert.Equal(1, GreyLevelDiscretisation.FixedBinCount(8).Apply([7, 7, 7], levels));
        Assert.Equal([1, 1, 1], levels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Rejects_a_bin_width_that_is_not_positive(double width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GreyLevelDiscretisation.FixedBinWidth(width));

    [Fact]
    public void Rejects_a_bin_count_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GreyLevelDiscretisation.FixedBinCount(0));
}

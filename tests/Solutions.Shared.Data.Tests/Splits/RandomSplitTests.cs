using Solutions.Shared.Data.Splits;

namespace Solutions.Shared.Data.Tests.Splits;

public sealed class RandomSplitTests
{
    [Fact]
    public void Holds_out_the_rounded_test_share_and_covers_every_row()
    {
        // 7 × 0.25 = 1.75 → 2 rows held out.
        var split = RandomSplit.TrainTest(7, 0.25, seed: 9);

        Assert.Equal(2, split.Test.Count);
        Assert.Equal(Enumerable.Range(0, 7), split.Train.Concat(split.Test).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_split()
    {
        Assert.Equal(RandomSplit.TrainTest(50, 0.2, 4).Test, RandomSplit.TrainTest(50, 0.2, 4).Test);
        Assert.NotEqual(RandomSplit.TrainTest(50, 0.2, 4).Test, RandomSplit.TrainTest(50, 0.2, 5).Test);
    }
}

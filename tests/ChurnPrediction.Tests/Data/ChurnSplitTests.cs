using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Data;

public sealed class ChurnSplitTests
{
    private static readonly (double, double, double) SixtyTwentyTwenty = (0.6, 0.2, 0.2);

    [Fact]
    public void The_real_data_is_cut_60_20_20_keeping_the_churn_rate()
    {
        var split = ChurnSplit.Create(ChurnFiles.Real.Rows, SixtyTwentyTwenty, seed: 42);

        // Churners, 707: 424.2, 141.4, 141.4 floor to 424, 141, 141; the one left goes to the largest
        // remainder, the tie going to the earlier part (validation): 424, 142, 141.
        // Stayers, 4,293: 2575.8, 858.6, 858.6 floor to 2575, 858, 858; the two left go to train and validation.
        Assert.Equal((424, 142, 141), (Churners(split.Train), Churners(split.Validation), Churners(split.Test)));
        Assert.Equal((3_000, 1_001, 999), (split.Train.Count, split.Validation.Count, split.Test.Count));
    }

    [Fact]
    public void Every_customer_lands_in_exactly_one_part()
    {
        var rows = ChurnFiles.Real.Rows;
        var split = ChurnSplit.Create(rows, SixtyTwentyTwenty, seed: 42);

        var all = split.Train.Concat(split.Validation).Concat(split.Test).ToList();
        Assert.Equal(rows.Count, all.Count);
        Assert.Equal(rows.Count, all.ToHashSet(ReferenceEqualityComparer.Instance).Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_another()
    {
        var rows = ChurnFiles.Real.Rows;

        var first = ChurnSplit.Create(rows, SixtyTwentyTwenty, seed: 7);
        var again = ChurnSplit.Create(rows, SixtyTwentyTwenty, seed: 7);
        var other = ChurnSplit.Create(rows, SixtyTwentyTwenty, seed: 8);

        Assert.Equal(first.Test, again.Test, ReferenceEqualityComparer.Instance);
        Assert.Equal(first.Validation, again.Validation, ReferenceEqualityComparer.Instance);
        Assert.NotEqual(first.Test, other.Test, ReferenceEqualityComparer.Instance);
        Assert.Equal(Churners(first.Test), Churners(other.Test));
    }

    private static int Churners(IReadOnlyList<ChurnRecord> rows) => rows.Count(r => r.Churned);
}

using Solutions.Shared.Data.Splits;

namespace Solutions.Shared.Data.Tests.Splits;

public sealed class KFoldTests
{
    private static void AssertPartition(IReadOnlyList<Fold> folds, int count)
    {
        Assert.Equal(Enumerable.Range(0, count), folds.SelectMany(f => f.Test).Order());
        foreach (var fold in folds)
        {
            Assert.Equal(Enumerable.Range(0, count).Except(fold.Test), fold.Train);
            Assert.Equal(fold.Test.Order(), fold.Test);
        }
    }

    [Fact]
    public void Plain_folds_hold_out_every_row_once_with_sizes_within_one()
    {
        var folds = KFold.Split(count: 10, k: 3, seed: 5);

        AssertPartition(folds, 10);
        // 10 rows dealt to 3 folds in turn: 4, 3, 3.
        Assert.Equal([4, 3, 3], folds.Select(f => f.Test.Count));
        Assert.Equal([0, 1, 2], folds.Select(f => f.Index));
    }

    [Fact]
    public void Stratified_folds_spread_each_class_evenly()
    {
        // 7 "a" then 5 "b". Dealing a: folds 0,1,2,0,1,2,0 → 3, 2, 2 of a;
        // dealing continues at fold 1 for b: 1,2,0,1,2 → 1, 2, 2 of b; so every fold holds 4 rows.
        string[] labels = [.. Enumerable.Repeat("a", 7), .. Enumerable.Repeat("b", 5)];

        var folds = KFold.Stratified(labels, k: 3, seed: 11);

        AssertPartition(folds, 12);
        Assert.Equal([3, 2, 2], folds.Select(f => f.Test.Count(i => labels[i] == "a")));
        Assert.Equal([1, 2, 2], folds.Select(f => f.Test.Count(i => labels[i] == "b")));
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_different_ones()
    {
        int[] labels = [.. Enumerable.Range(0, 40).Select(i => i % 4)];

        var first = KFold.Stratified(labels, 5, seed: 1);
        var again = KFold.Stratified(labels, 5, seed: 1);
        var other = KFold.Stratified(labels, 5, seed: 2);

        Assert.Equal(first.Select(f => f.Test), again.Select(f => f.Test));
        Assert.NotEqual(first.Select(f => f.Test), other.Select(f => f.Test));
        Assert.NotEqual(KFold.Split(40, 5, seed: 1)[0].Test, KFold.Split(40, 5, seed: 2)[0].Test);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(10, 11)]
    [InlineData(1, 2)]
    public void K_must_be_at_least_two_and_at_most_the_row_count(int count, int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KFold.Split(count, k, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KFold.Stratified(new int[count], k, seed: 1));
    }
}

using Solutions.Shared.Data.Splits;

namespace Solutions.Shared.Data.Tests.Splits;

public sealed class StratifiedSplitTests
{
    // 60 "a", 30 "b", 10 "c", interleaved so that classes are not contiguous.
    private static readonly string[] Labels =
        [.. Enumerable.Range(0, 100).Select(i => i % 10 == 9 ? "c" : i % 10 is 2 or 5 or 8 ? "b" : "a")];

    private static int Count(IEnumerable<int> indices, string label) => indices.Count(i => Labels[i] == label);

    [Fact]
    public void Three_way_split_keeps_each_class_share()
    {
        var split = StratifiedSplit.TrainValidationTest(Labels, 0.7, 0.15, 0.15, seed: 1);

        // a: 60 × (0.7, 0.15, 0.15) = 42, 9, 9 exactly.
        // b: 30 × ... = 21, 4.5, 4.5 → floors 21, 4, 4; the one row left goes to the first largest remainder (validation).
        // c: 10 × ... = 7, 1.5, 1.5 → 7, 1, 1 plus one to validation.
        Assert.Equal((42, 9, 9), (Count(split.Train, "a"), Count(split.Validation, "a"), Count(split.Test, "a")));
        Assert.Equal((21, 5, 4), (Count(split.Train, "b"), Count(split.Validation, "b"), Count(split.Test, "b")));
        Assert.Equal((7, 2, 1), (Count(split.Train, "c"), Count(split.Validation, "c"), Count(split.Test, "c")));
    }

    [Fact]
    public void Parts_are_sorted_disjoint_and_cover_every_row()
    {
        var split = StratifiedSplit.TrainValidationTest(Labels, 0.6, 0.2, 0.2, seed: 7);

        int[] all = [.. split.Train, .. split.Validation, .. split.Test];
        Assert.Equal(Enumerable.Range(0, 100), all.Order());
        Assert.Equal(split.Train.Order(), split.Train);
        Assert.Equal(split.Validation.Order(), split.Validation);
        Assert.Equal(split.Test.Order(), split.Test);
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_a_different_one()
    {
        var first = StratifiedSplit.TrainValidationTest(Labels, 0.7, 0.15, 0.15, seed: 42);
        var again = StratifiedSplit.TrainValidationTest(Labels, 0.7, 0.15, 0.15, seed: 42);
        var other = StratifiedSplit.TrainValidationTest(Labels, 0.7, 0.15, 0.15, seed: 43);

        Assert.Equal(first.Test, again.Test);
        Assert.Equal(first.Validation, again.Validation);
        Assert.NotEqual(first.Test, other.Test);
    }

    [Fact]
    public void Two_way_split_stratifies_boolean_labels()
    {
        // 80 false, 20 true; a quarter held out → 20 false and 5 true in test.
        bool[] labels = [.. Enumerable.Range(0, 100).Select(i => i % 5 == 0)];

        var split = StratifiedSplit.TrainTest(labels, testFraction: 0.25, seed: 3);

        Assert.Equal(20, split.Test.Count(i => !labels[i]));
        Assert.Equal(5, split.Test.Count(i => labels[i]));
        Assert.Equal(75, split.Train.Count);
        Assert.Empty(split.Train.Intersect(split.Test));
    }

    [Theory]
    [InlineData(0.7, 0.2, 0.2)]
    [InlineData(0.7, 0.3, 0.0)]
    [InlineData(1.1, -0.05, -0.05)]
    [InlineData(double.NaN, 0.5, 0.5)]
    public void Fractions_must_be_positive_and_sum_to_one(double train, double validation, double test)
    {
        Assert.Throws<ArgumentException>(() => StratifiedSplit.TrainValidationTest(Labels, train, validation, test, seed: 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void The_test_fraction_must_be_strictly_between_zero_and_one(double testFraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedSplit.TrainTest(Labels, testFraction, seed: 1));
    }

    [Fact]
    public void Empty_or_null_labels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => StratifiedSplit.TrainTest(Array.Empty<int>(), 0.2, seed: 1));
        var error = Assert.Throws<ArgumentException>(() => StratifiedSplit.TrainTest(new[] { "a", null! }, 0.5, seed: 1));
        Assert.StartsWith("Label 1 is null", error.Message);
    }
}

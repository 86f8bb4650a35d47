namespace Solutions.Shared.Data.Splits;

/// <summary>A seeded train/test split of rows without labels to stratify by (regression targets, say).</summary>
public static class RandomSplit
{
    /// <summary>Holds out the nearest whole number to <paramref name="count"/> × <paramref name="testFraction"/> rows.</summary>
    public static TrainTestSplit TrainTest(int count, double testFraction, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction,
                "The test fraction must be strictly between 0 and 1.");
        }
        var order = Enumerable.Range(0, count).ToList();
        SeededShuffle.Shuffle(order, new Random(seed));
        // At least one row on each side, so neither training nor testing runs on nothing.
        var testCount = Math.Clamp((int)Math.Round(count * testFraction, MidpointRounding.AwayFromZero), 1, count - 1);
        return new TrainTestSplit(
            SeededShuffle.Sorted(order.Skip(testCount)),
            SeededShuffle.Sorted(order.Take(testCount)));
    }
}

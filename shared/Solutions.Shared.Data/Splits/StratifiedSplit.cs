namespace Solutions.Shared.Data.Splits;

/// <summary>
/// Seeded splits that keep each class's share: every class is shuffled and cut by the fractions, so a class
/// of n rows puts within one row of n × fraction into each part. Same labels and seed, same split.
/// </summary>
public static class StratifiedSplit
{
    /// <param name="labels">One label per row; any type with equality (bool, string, an enum...).</param>
    /// <param name="testFraction">The share held out for testing, strictly between 0 and 1.</param>
    /// <param name="seed">Seeds the shuffle.</param>
    /// <param name="comparer">Label equality; the default comparer when null.</param>
    public static TrainTestSplit TrainTest<TLabel>(
        IReadOnlyList<TLabel> labels, double testFraction, int seed, IEqualityComparer<TLabel>? comparer = null)
        where TLabel : notnull
    {
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction,
                "The test fraction must be strictly between 0 and 1.");
        }
        var parts = Partition(labels, [1 - testFraction, testFraction], seed, comparer);
        return new TrainTestSplit(parts[0], parts[1]);
    }

    /// <summary>A three-way split, e.g. fractions 0.7, 0.15, 0.15.</summary>
    /// <exception cref="ArgumentException">A fraction is not positive, or they do not sum to 1 (within 1e-9).</exception>
    public static TrainValidationTestSplit TrainValidationTest<TLabel>(
        IReadOnlyList<TLabel> labels,
        double trainFraction,
        double validationFraction,
        double testFraction,
        int seed,
        IEqualityComparer<TLabel>? comparer = null)
        where TLabel : notnull
    {
        double[] fractions = [trainFraction, validationFraction, testFraction];
        if (fractions.Any(f => !(f > 0 && f < 1)) || Math.Abs(fractions.Sum() - 1) > 1e-9)
        {
            throw new ArgumentException(
                $"The train, validation and test fractions must each be between 0 and 1 and sum to 1; " +
                $"got {trainFraction}, {validationFraction}, {testFraction} (sum {fractions.Sum()}).");
        }
        var parts = Partition(labels, fractions, seed, comparer);
        return new TrainValidationTestSplit(parts[0], parts[1], parts[2]);
    }

    private static IReadOnlyList<int>[] Partition<TLabel>(
        IReadOnlyList<TLabel> labels, double[] fractions, int seed, IEqualityComparer<TLabel>? comparer)
        where TLabel : notnull
    {
        var classes = LabelClasses.Group(labels, comparer);
        var random = new Random(seed);
        var parts = fractions.Select(_ => new List<int>()).ToArray();
        foreach (var members in classes)
        {
            SeededShuffle.Shuffle(members, random);
            var start = 0;
            var counts = Apportion(members.Count, fractions);
            for (var p = 0; p < parts.Length; p++)
            {
                parts[p].AddRange(members.GetRange(start, counts[p]));
                start += counts[p];
            }
        }
        return [.. parts.Select(SeededShuffle.Sorted)];
    }

    /// <summary>
    /// Largest-remainder rounding: each part gets ⌊n × fraction⌋, and the rows left over go one each to the
    /// parts with the largest fractional remainders (earlier parts first on ties), so every count is within
    /// one of exact and the counts sum to n.
    /// </summary>
    internal static int[] Apportion(int n, double[] fractions)
    {
        var exact = fractions.Select(f => n * f).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var leftover = n - counts.Sum();
        var byRemainder = Enumerable.Range(0, fractions.Length)
            .OrderByDescending(p => exact[p] - counts[p])
            .ThenBy(p => p)
            .ToArray();
        for (var i = 0; i < leftover; i++)
        {
            counts[byRemainder[i % byRemainder.Length]]++;
        }
        return counts;
    }
}

namespace Solutions.Shared.Data.Splits;

/// <summary>
/// Seeded k-fold cross-validation splits: every row is held out in exactly one fold, and fold sizes differ
/// by at most one. Same input and seed, same folds.
/// </summary>
public static class KFold
{
    /// <summary>Plain k-fold over <paramref name="count"/> rows: shuffle, then deal the rows to folds in turn.</summary>
    public static IReadOnlyList<Fold> Split(int count, int k, int seed)
    {
        Validate(count, k);
        var order = Enumerable.Range(0, count).ToList();
        SeededShuffle.Shuffle(order, new Random(seed));
        return Deal([order], count, k);
    }

    /// <summary>
    /// Stratified k-fold: each class is shuffled and its rows dealt round-robin to the folds, so each fold
    /// holds within one row of its share of every class.
    /// </summary>
    public static IReadOnlyList<Fold> Stratified<TLabel>(
        IReadOnlyList<TLabel> labels, int k, int seed, IEqualityComparer<TLabel>? comparer = null)
        where TLabel : notnull
    {
        var classes = LabelClasses.Group(labels, comparer);
        Validate(labels.Count, k);
        var random = new Random(seed);
        foreach (var members in classes)
        {
            SeededShuffle.Shuffle(members, random);
        }
        return Deal(classes, labels.Count, k);
    }

    // The dealing continues across classes (not restarting at fold 0), which keeps the fold sizes balanced.
    private static IReadOnlyList<Fold> Deal(List<List<int>> groups, int count, int k)
    {
        var foldOf = new int[count];
        var next = 0;
        foreach (var index in groups.SelectMany(g => g))
        {
            foldOf[index] = next;
            next = (next + 1) % k;
        }
        return [.. Enumerable.Range(0, k).Select(f => new Fold(
            f,
            SeededShuffle.Sorted(Enumerable.Range(0, count).Where(i => foldOf[i] != f)),
            SeededShuffle.Sorted(Enumerable.Range(0, count).Where(i => foldOf[i] == f))))];
    }

    private static void Validate(int count, int k)
    {
        if (count < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "K-fold needs at least 2 rows.");
        }
        if (k < 2 || k > count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 2 and the number of rows ({count}).");
        }
    }
}

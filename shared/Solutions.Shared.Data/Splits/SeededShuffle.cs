namespace Solutions.Shared.Data.Splits;

/// <summary>
/// Fisher-Yates written out rather than <see cref="Random.Shuffle{T}(T[])"/>, so that a seed keeps giving the
/// same split even if the runtime's shuffle changes.
/// </summary>
internal static class SeededShuffle
{
    public static void Shuffle(List<int> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Sorted, read-only copy: splits hand out indices in row order.</summary>
    public static IReadOnlyList<int> Sorted(IEnumerable<int> indices)
    {
        var array = indices.ToArray();
        Array.Sort(array);
        return Array.AsReadOnly(array);
    }
}

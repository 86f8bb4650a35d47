using System.Globalization;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// One of <see cref="Count"/> parts of a cohort, for spreading extraction over machines: shard <c>i/N</c> (1-based)
/// takes the patients whose position in the Case-ID-sorted list is congruent to i - 1 modulo N.
/// </summary>
public sealed record CohortShard
{
    public CohortShard(int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "the number of shards must be at least 1");
        if (index < 1 || index > count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the shard must be 1 to {count}");
        Index = index;
        Count = count;
    }

    /// <summary>This shard's number, 1 to <see cref="Count"/>.</summary>
    public int Index { get; }

    public int Count { get; }

    /// <summary>Parses <c>i/N</c>, e.g. <c>2/3</c>.</summary>
    /// <exception cref="FormatException">Not two whole numbers with 1 &lt;= i &lt;= N.</exception>
    public static CohortShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new CohortShard(index, count);
        throw new FormatException($"shard '{text}' should be i/N with 1 <= i <= N, e.g. 2/3");
    }

    /// <summary>Whether the patient at <paramref name="position"/> (0-based, in Case-ID order) belongs to this shard.</summary>
    public bool Includes(int position) => position % Count == Index - 1;

    public override string ToString() => $"{Index}/{Count}";
}

using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// The category group's versions held in memory for a point-in-time build. There are only 19 categories, and every
/// transaction needs all of them, so one ordered read and a binary search per category beats 19 joins per row.
/// </summary>
internal sealed class CategoryTimeline
{
    private readonly long[][] _times;
    private readonly FeatureVersion[][] _versions;

    /// <param name="versions">The category versions, by category then time.</param>
    public CategoryTimeline(IReadOnlyList<FeatureVersion> versions)
    {
        var count = TransactionCategories.All.Count;
        var byCategory = Enumerable.Range(0, count).Select(_ => new List<FeatureVersion>()).ToArray();
        foreach (var v in versions) byCategory[(int)v.Key.First].Add(v);
        _versions = byCategory.Select(l => l.ToArray()).ToArray();
        _times = _versions.Select(a => a.Select(v => v.Time).ToArray()).ToArray();
    }

    /// <summary>Per category, its latest version strictly before <paramref name="time"/>.</summary>
    public FeatureVersion?[] Before(long time)
    {
        var result = new FeatureVersion?[_times.Length];
        for (var c = 0; c < _times.Length; c++)
        {
            // BinarySearch gives the index of an equal time or the complement of the first later one; either way the
            // version before it is the latest strictly earlier one.
            var i = Array.BinarySearch(_times[c], time);
            var before = (i >= 0 ? i : ~i) - 1;
            result[c] = before >= 0 ? _versions[c][before] : null;
        }

        return result;
    }
}

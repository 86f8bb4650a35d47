using System.Data.Common;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;
using Solutions.PaymentClassification.Features.Storage;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// The latest version of every entity, as of one ingest sequence number. Immutable once published: an ingest builds
/// the next view and swaps it in after its commit, so readers need no lock and never see a half-applied ingest.
/// </summary>
internal sealed class OnlineFeatureView
{
    private readonly IReadOnlyDictionary<EntityKey, FeatureVersion>[] _latest;

    public OnlineFeatureView(long sequence, IReadOnlyDictionary<EntityKey, FeatureVersion>[] latest)
    {
        Sequence = sequence;
        _latest = latest;
        Categories = TransactionCategories.All
            .Select((_, c) => Latest(FeatureGroups.Category, new EntityKey(c)))
            .ToArray();
    }

    /// <summary>A view of a store without versions (a migration rebuilding them from the events).</summary>
    public static OnlineFeatureView Empty { get; } = new(0, FeatureGroups.All
        .Select(_ => (IReadOnlyDictionary<EntityKey, FeatureVersion>)new Dictionary<EntityKey, FeatureVersion>()).ToArray());

    /// <summary>The store's ingest sequence this view reflects.</summary>
    public long Sequence { get; }

    /// <summary>Per category index, its latest version (null if none yet).</summary>
    public IReadOnlyList<FeatureVersion?> Categories { get; }

    public static OnlineFeatureView Load(FeatureStorage storage, DbTransaction? transaction, long sequence) =>
        new(sequence, FeatureGroups.All.Select(g => (IReadOnlyDictionary<EntityKey, FeatureVersion>)storage.ReadLatestVersions(transaction, g)).ToArray());

    public FeatureVersion? Latest(FeatureGroup group, EntityKey key) =>
        _latest[IndexOf(group)].TryGetValue(key, out var version) ? version : null;

    /// <summary>The next view: this one with <paramref name="updates"/> (per group, in <see cref="FeatureGroups.All"/> order).</summary>
    public OnlineFeatureView With(long sequence, IReadOnlyList<IReadOnlyDictionary<EntityKey, FeatureVersion>> updates)
    {
        var next = new IReadOnlyDictionary<EntityKey, FeatureVersion>[_latest.Length];
        for (var g = 0; g < next.Length; g++)
        {
            if (updates[g].Count == 0)
            {
                next[g] = _latest[g];
                continue;
            }

            var copy = new Dictionary<EntityKey, FeatureVersion>(_latest[g]);
            foreach (var (key, version) in updates[g]) copy[key] = version;
            next[g] = copy;
        }

        return new OnlineFeatureView(sequence, next);
    }

    public static int IndexOf(FeatureGroup group)
    {
        for (var g = 0; g < FeatureGroups.All.Count; g++)
        {
            if (ReferenceEquals(FeatureGroups.All[g], group)) return g;
        }

        throw new ArgumentException($"unknown feature group {group.Table}", nameof(group));
    }
}

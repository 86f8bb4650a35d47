using System.Data.Common;
using Solutions.PaymentClassification.Features.Groups;
using Solutions.PaymentClassification.Features.Storage;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// Writes the feature-group versions that newly added events create, inside the ingest's transaction.
/// Appending (every new event of an entity later than its latest version: the usual case) folds the new events
/// onto the latest version from the online view, without reading the database. Back-filling (an event at or before an
/// entity's latest version) deletes that entity's versions from the earliest new event on and replays its stored
/// events from there, so the result is the same as if every event had arrived in time order.
/// </summary>
internal static class VersionRebuild
{
    /// <returns>Per group (in <see cref="FeatureGroups.All"/> order), each touched entity's new latest version.</returns>
    public static IReadOnlyList<IReadOnlyDictionary<EntityKey, FeatureVersion>> Apply(
        FeatureStorage storage, DbTransaction transaction, OnlineFeatureView view,
        List<StoredEvent> added, Action<string> checkpoint)
    {
        added.Sort();
        var groups = FeatureGroups.All;
        var earliest = new Dictionary<EntityKey, long>[groups.Count];
        var backfill = new HashSet<EntityKey>[groups.Count];
        long? tailStart = null;
        for (var g = 0; g < groups.Count; g++)
        {
            earliest[g] = [];
            backfill[g] = [];
            foreach (var e in added)
            {
                earliest[g].TryAdd(groups[g].KeyOf(e), e.Time);
            }

            foreach (var (key, time) in earliest[g])
            {
                if (view.Latest(groups[g], key) is { } latest && latest.Time >= time)
                {
                    backfill[g].Add(key);
                    tailStart = Math.Min(tailStart ?? time, time);
                }
            }
        }

        // One read of the stored events from the earliest back-filled time serves every group.
        var tail = tailStart is { } start ? storage.ReadEventsFrom(transaction, start) : [];
        var latestByGroup = new IReadOnlyDictionary<EntityKey, FeatureVersion>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var eventsByKey = new Dictionary<EntityKey, List<StoredEvent>>();
            foreach (var e in added)
            {
                var key = group.KeyOf(e);
                if (!backfill[g].Contains(key)) Events(eventsByKey, key).Add(e);
            }

            foreach (var e in tail)
            {
                var key = group.KeyOf(e);
                if (backfill[g].Contains(key) && e.Time >= earliest[g][key]) Events(eventsByKey, key).Add(e);
            }

            // Entities in key order, each one's versions in time order: the versions come out in primary-key order, so
            // B-tree inserts append to the same pages instead of splitting pages all over, without sorting the versions.
            var keys = eventsByKey.Keys.ToArray();
            Array.Sort(keys);
            var versions = new List<FeatureVersion>(added.Count);
            var latest = new Dictionary<EntityKey, FeatureVersion>(eventsByKey.Count);
            foreach (var key in keys)
            {
                var events = eventsByKey[key];
                FeatureVersion? baseline;
                if (backfill[g].Contains(key))
                {
                    storage.DeleteVersionsFrom(transaction, group, key, earliest[g][key]);
                    baseline = storage.ReadLatestVersionBefore(transaction, group, key, earliest[g][key]);
                }
                else
                {
                    baseline = view.Latest(group, key);
                }

                latest[key] = Replay(group, key, baseline, events, versions);
            }

            storage.InsertVersions(transaction, group, versions);
            latestByGroup[g] = latest;
            checkpoint(group.Table);
        }

        return latestByGroup;
    }

    /// <summary>
    /// Folds time-ordered events onto a baseline, adding one version per distinct time: events sharing a timestamp
    /// land in one version, so a transaction at that time sees none of them (ties are excluded).
    /// </summary>
    private static FeatureVersion Replay(
        FeatureGroup group, EntityKey key, FeatureVersion? baseline, List<StoredEvent> events, List<FeatureVersion> versions)
    {
        var state = baseline is null ? group.Empty() : (double[])baseline.Values.Clone();
        for (var i = 0; i < events.Count; i++)
        {
            group.Apply(state, events[i]);
            if (i == events.Count - 1 || events[i + 1].Time != events[i].Time)
            {
                versions.Add(new FeatureVersion(key, events[i].Time, (double[])state.Clone()));
            }
        }

        return versions[^1];
    }

    private static List<StoredEvent> Events(Dictionary<EntityKey, List<StoredEvent>> byKey, EntityKey key)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            list = [];
            byKey[key] = list;
        }

        return list;
    }
}

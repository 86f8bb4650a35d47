using System.Data.Common;
using System.Runtime.InteropServices;
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
        var runs = new EntityRuns[groups.Count];
        var backfill = new Dictionary<EntityKey, long>[groups.Count];
        long? tailStart = null;
        for (var g = 0; g < groups.Count; g++)
        {
            runs[g] = EntityRuns.Of(groups[g], added);
            backfill[g] = [];
            for (var k = 0; k < runs[g].Keys.Length; k++)
            {
                var key = runs[g].Keys[k];
                var earliest = runs[g].Run(k)[0].Time;
                if (view.Latest(groups[g], key) is { } latest && latest.Time >= earliest)
                {
                    backfill[g][key] = earliest;
                    tailStart = Math.Min(tailStart ?? earliest, earliest);
                }
            }
        }

        // One read of the stored events from the earliest back-filled time serves every group.
        var tail = tailStart is { } start ? storage.ReadEventsFrom(transaction, start) : [];
        var latestByGroup = new IReadOnlyDictionary<EntityKey, FeatureVersion>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            latestByGroup[g] = Rewrite(storage, transaction, view, groups[g], runs[g], backfill[g], tail);
            checkpoint(groups[g].Table);
        }

        return latestByGroup;
    }

    private static Dictionary<EntityKey, FeatureVersion> Rewrite(
        FeatureStorage storage, DbTransaction transaction, OnlineFeatureView view, FeatureGroup group,
        EntityRuns runs, Dictionary<EntityKey, long> backfill, List<StoredEvent> tail)
    {
        // Back-filled entities first: their deletes and reads cannot run while the writer holds the connection
        // (PostgreSQL's COPY).
        var replays = new Dictionary<EntityKey, (FeatureVersion? Baseline, List<StoredEvent> Events)>(backfill.Count);
        foreach (var (key, earliest) in backfill)
        {
            storage.DeleteVersionsFrom(transaction, group, key, earliest);
            replays[key] = (storage.ReadLatestVersionBefore(transaction, group, key, earliest), []);
        }

        foreach (var e in tail)
        {
            var key = group.KeyOf(e);
            if (replays.TryGetValue(key, out var replay) && e.Time >= backfill[key]) replay.Events.Add(e);
        }

        // Entities in key order, each one's versions in time order: the versions come out in primary-key order, so
        // B-tree inserts append to the same pages instead of splitting pages all over.
        var latest = new Dictionary<EntityKey, FeatureVersion>(runs.Keys.Length);
        using var writer = storage.BeginVersions(transaction, group);
        for (var k = 0; k < runs.Keys.Length; k++)
        {
            var key = runs.Keys[k];
            latest[key] = replays.TryGetValue(key, out var replay)
                ? Replay(group, key, replay.Baseline, CollectionsMarshal.AsSpan(replay.Events), writer)
                : Replay(group, key, view.Latest(group, key), runs.Run(k), writer);
        }

        writer.Complete();
        return latest;
    }

    /// <summary>
    /// Folds time-ordered events onto a baseline, writing one version per distinct time: events sharing a timestamp
    /// land in one version, so a transaction at that time sees none of them (ties are excluded).
    /// </summary>
    /// <returns>The last version written.</returns>
    private static FeatureVersion Replay(
        FeatureGroup group, EntityKey key, FeatureVersion? baseline, ReadOnlySpan<StoredEvent> events, VersionWriter writer)
    {
        // One aggregate per entity, updated in place: the writer copies each version out as it is written.
        var state = baseline is null ? group.Empty() : (double[])baseline.Values.Clone();
        for (var i = 0; i < events.Length; i++)
        {
            group.Apply(state, events[i]);
            if (i == events.Length - 1 || events[i + 1].Time != events[i].Time) writer.Write(key, events[i].Time, state);
        }

        return new FeatureVersion(key, events[^1].Time, state);
    }
}

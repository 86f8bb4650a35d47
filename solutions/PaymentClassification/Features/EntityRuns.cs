using System.Runtime.InteropServices;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// A group's view of a batch of time-ordered events: the events ordered by entity key, then time, so each entity's
/// events are one contiguous run and the entities come in the version table's primary-key order. Built in linear time
/// with one array per group, rather than a list per entity.
/// </summary>
internal sealed class EntityRuns
{
    private readonly StoredEvent[] _events;
    private readonly int[] _starts;

    private EntityRuns(StoredEvent[] events, EntityKey[] keys, int[] starts)
    {
        _events = events;
        Keys = keys;
        _starts = starts;
    }

    /// <summary>The distinct entities, in key order.</summary>
    public EntityKey[] Keys { get; }

    /// <summary>Orders <paramref name="events"/>, given in their total order (<see cref="StoredEvent.CompareTo"/>), by
    /// <paramref name="group"/>'s entity.</summary>
    public static EntityRuns Of(FeatureGroup group, IReadOnlyList<StoredEvent> events)
    {
        // A counting sort: number the entities as they come, count each one's events, sort only the distinct keys,
        // then place every event after its entity's earlier ones (so each run stays in time order).
        var numbers = new Dictionary<EntityKey, int>();
        var numberOf = new int[events.Count];
        var counts = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, group.KeyOf(events[i]), out var seen);
            if (!seen)
            {
                number = counts.Count;
                counts.Add(0);
            }

            numberOf[i] = number;
            counts[number]++;
        }

        var keys = new EntityKey[numbers.Count];
        var byKey = new int[numbers.Count];
        foreach (var (key, number) in numbers)
        {
            keys[number] = key;
            byKey[number] = number;
        }

        Array.Sort(keys, byKey);
        var starts = new int[keys.Length + 1];
        var next = new int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            next[byKey[k]] = starts[k];
            starts[k + 1] = starts[k] + counts[byKey[k]];
        }

        var sorted = new StoredEvent[events.Count];
        for (var i = 0; i < events.Count; i++) sorted[next[numberOf[i]]++] = events[i];
        return new EntityRuns(sorted, keys, starts);
    }

    /// <summary>The events of entity number <paramref name="index"/> (in <see cref="Keys"/>), in time order.</summary>
    public ReadOnlySpan<StoredEvent> Run(int index) => _events.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}

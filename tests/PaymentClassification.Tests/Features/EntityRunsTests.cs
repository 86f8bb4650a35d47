using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class EntityRunsTests
{
    [Fact]
    public void Events_come_grouped_by_entity_in_key_order_each_entity_in_time_order()
    {
        // Receivers 5, 3, 5, 3, 7 at times 1..5: by receiver that is 3 -> times 2, 4; 5 -> 1, 3; 7 -> 5.
        long[] receivers = [5, 3, 5, 3, 7];
        var events = receivers.Select((r, i) => new StoredEvent(SenderId: 100 - i, r, Time: i + 1, 1000, 0, 0)).ToList();

        var runs = EntityRuns.Of(FeatureGroups.Receiver, events);

        Assert.Equal([new EntityKey(3), new EntityKey(5), new EntityKey(7)], runs.Keys);
        Assert.Equal([2L, 4L], runs.Run(0).ToArray().Select(e => e.Time));
        Assert.Equal([1L, 3L], runs.Run(1).ToArray().Select(e => e.Time));
        Assert.Equal([5L], runs.Run(2).ToArray().Select(e => e.Time));
    }

    [Fact]
    public void Pairs_are_ordered_by_sender_then_receiver()
    {
        // (sender, receiver) in time order: (2,9) (1,8) (2,1) (1,8): keys (1,8) (2,1) (2,9); (1,8) has times 2 and 4.
        (long Sender, long Receiver)[] pairs = [(2, 9), (1, 8), (2, 1), (1, 8)];
        var events = pairs.Select((p, i) => new StoredEvent(p.Sender, p.Receiver, Time: i + 1, 1000, 0, 0)).ToList();

        var runs = EntityRuns.Of(FeatureGroups.Pair, events);

        Assert.Equal([new EntityKey(1, 8), new EntityKey(2, 1), new EntityKey(2, 9)], runs.Keys);
        Assert.Equal([2L, 4L], runs.Run(0).ToArray().Select(e => e.Time));
        Assert.Equal([3L], runs.Run(1).ToArray().Select(e => e.Time));
        Assert.Equal([1L], runs.Run(2).ToArray().Select(e => e.Time));
    }

    [Fact]
    public void No_events_give_no_entities()
    {
        var runs = EntityRuns.Of(FeatureGroups.Category, []);

        Assert.Empty(runs.Keys);
    }
}

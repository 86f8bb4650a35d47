using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class IngestTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Ingesting_the_same_batch_twice_adds_nothing(string backend)
    {
        using var test = TestStore.Create(backend);
        var payments = SyntheticPayments.Create(500, seed: 1);

        var first = test.Store.Ingest(payments);
        var features = test.Store.GetHistoricalFeatures(payments);
        var second = test.Store.Ingest(payments);

        Assert.Equal(new IngestResult(500, 500, 0), first);
        Assert.Equal(new IngestResult(500, 0, 500), second);
        Assert.Equal(500, test.Store.CountEvents());
        Assert.Equal(features, test.Store.GetHistoricalFeatures(payments));
    }

    [Fact]
    public void Identical_payments_within_one_batch_are_both_kept_and_a_relabel_is_the_same_payment()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var at = new DateTime(2024, 2, 1, 9, 0, 0);
        var coffee = SyntheticPayments.Payment("1111111111111111", "9000000000000001", 3.50m, at, "Food and Dining");
        var relabelled = SyntheticPayments.Payment("1111111111111111", "9000000000000001", 3.50m, at, "Shopping");

        Assert.Equal(new IngestResult(2, 2, 0), test.Store.Ingest([coffee, coffee]));
        Assert.Equal(new IngestResult(1, 0, 1), test.Store.Ingest([relabelled]));
        Assert.Equal(2, test.Store.CountEvents());
    }

    [Theory]
    [MemberData(nameof(InterruptedStages))]
    public void An_ingest_interrupted_half_way_leaves_the_store_as_before(string backend, string stage)
    {
        using var test = TestStore.Create(backend);
        var all = SyntheticPayments.Create(800, seed: 2);
        var earlier = all.Take(500).ToList();
        var later = all.Skip(500).ToList();
        test.Store.Ingest(earlier);
        var probe = SyntheticPayments.Payment(later[0].SenderId, later[0].ReceiverId, 12.34m, SyntheticPayments.Start.AddDays(40), "Home");
        var offlineBefore = test.Store.GetHistoricalFeatures(all);
        var onlineBefore = test.Store.GetOnlineFeatures(probe);

        test.Store.IngestCheckpoint = reached =>
        {
            if (reached == stage) throw new IOException($"simulated crash after {stage}");
        };
        var crash = Assert.Throws<IOException>(() => test.Store.Ingest(later));

        Assert.Contains(stage, crash.Message);
        Assert.Equal(500, test.Store.CountEvents());
        Assert.Equal(offlineBefore, test.Store.GetHistoricalFeatures(all));
        Assert.Equal(onlineBefore, test.Store.GetOnlineFeatures(probe));
        // The database too, not just this instance's memory: a fresh instance sees the same.
        Assert.Equal(onlineBefore, test.Reopen().GetOnlineFeatures(probe));

        // The interrupted batch can simply be ingested again, and ends where an uninterrupted store ends.
        test.Store.IngestCheckpoint = null;
        Assert.Equal(300, test.Store.Ingest(later).Added);
        using var uninterrupted = TestStore.Create(TestStore.Sqlite);
        uninterrupted.Store.Ingest(all);
        Assert.Equal(uninterrupted.Store.GetHistoricalFeatures(all), test.Store.GetHistoricalFeatures(all));
        Assert.Equal(uninterrupted.Store.GetOnlineFeatures(probe), test.Store.GetOnlineFeatures(probe));
    }

    public static TheoryData<string, string> InterruptedStages() => new()
    {
        { TestStore.Sqlite, "events" },
        { TestStore.Sqlite, "sender_features" },
        { TestStore.Sqlite, "category_features" },
        { TestStore.Postgres, "events" },
        { TestStore.Postgres, "pair_features" },
    };

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Batches_in_any_order_give_the_same_store_as_one_batch(string backend)
    {
        var all = SyntheticPayments.Create(1500, seed: 3);
        // Three interleaved thirds: every batch back-fills events earlier than ones already stored.
        var batches = Enumerable.Range(0, 3).Select(k => all.Where((_, i) => i % 3 == k).ToList()).Reverse().ToList();
        using var inBatches = TestStore.Create(backend);
        foreach (var batch in batches) inBatches.Store.Ingest(batch);
        using var atOnce = TestStore.Create(TestStore.Sqlite);
        atOnce.Store.Ingest(all);

        Assert.Equal(atOnce.Store.GetHistoricalFeatures(all), inBatches.Store.GetHistoricalFeatures(all));
        var after = SyntheticPayments.Payment(all[7].SenderId, all[7].ReceiverId, 99.99m, SyntheticPayments.Start.AddDays(31), "Travel");
        Assert.Equal(atOnce.Store.GetOnlineFeatures(after), inBatches.Store.GetOnlineFeatures(after));
        Assert.Equal(atOnce.Store.GetOnlineFeatures(after), inBatches.Reopen().GetOnlineFeatures(after));
    }

    [Fact]
    public void A_bad_transaction_is_rejected_by_position_and_field_and_nothing_is_stored()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var payments = SyntheticPayments.Create(3, seed: 4);
        payments[1].ReceiverId = "12345";
        payments[2].Category = "Groceries";

        var badId = Assert.Throws<ArgumentException>(() => test.Store.Ingest(payments));
        Assert.Contains("transaction 1", badId.Message);
        Assert.Contains(nameof(Transaction.ReceiverId), badId.Message);
        Assert.Contains("16 digits", badId.Message);

        var badCategory = Assert.Throws<ArgumentException>(() => test.Store.Ingest([payments[0], payments[2]]));
        Assert.Contains("transaction 1", badCategory.Message);
        Assert.Contains("Groceries", badCategory.Message);

        payments[0].Amount = 1.005m;
        var badAmount = Assert.Throws<ArgumentException>(() => test.Store.Ingest([payments[0]]));
        Assert.Contains("two decimals", badAmount.Message);
        Assert.Equal(0, test.Store.CountEvents());
    }
}

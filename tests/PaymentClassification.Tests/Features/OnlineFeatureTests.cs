using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class OnlineFeatureTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Online_features_of_a_transaction_after_the_last_event_equal_its_historical_features(string backend)
    {
        using var test = TestStore.Create(backend);
        var payments = SyntheticPayments.Create(1000, seed: 5);
        test.Store.Ingest(payments);
        var afterLast = SyntheticPayments.Start.AddDays(30).AddMinutes(1);
        var incoming = payments.Take(50)
            .Select((p, i) => SyntheticPayments.Payment(p.SenderId, payments[i + 50].ReceiverId, 10m + i, afterLast, "Home"))
            .ToList();

        var historical = test.Store.GetHistoricalFeatures(incoming);

        for (var i = 0; i < incoming.Count; i++)
        {
            Assert.Equal(historical[i], test.Store.GetOnlineFeatures(incoming[i]));
        }

        Assert.Contains(historical, f => f.PairTxnCount > 0);
        Assert.All(historical, f => Assert.True(f.ReceiverTxnCount > 0));
    }

    [Fact]
    public void Online_features_follow_each_ingest_and_another_instance_sees_them_after_refresh()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var payments = SyntheticPayments.Create(400, seed: 6);
        test.Store.Ingest(payments.Take(200));
        using var replica = test.OpenAnother();
        var incoming = SyntheticPayments.Payment(payments[0].SenderId, payments[0].ReceiverId, 25m, SyntheticPayments.Start.AddDays(31), "Home");
        var beforeSecondIngest = test.Store.GetOnlineFeatures(incoming);

        test.Store.Ingest(payments.Skip(200));
        var current = test.Store.GetOnlineFeatures(incoming);

        Assert.NotEqual(beforeSecondIngest, current);
        Assert.Equal(test.Store.GetHistoricalFeatures([incoming])[0], current);
        Assert.Equal(beforeSecondIngest, replica.GetOnlineFeatures(incoming));
        Assert.True(replica.Refresh());
        Assert.Equal(current, replica.GetOnlineFeatures(incoming));
        Assert.False(replica.Refresh());
    }

    [Fact]
    public void An_unseen_sender_and_receiver_get_empty_history()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        test.Store.Ingest(SyntheticPayments.Create(100, seed: 7));

        var f = test.Store.GetOnlineFeatures(
            SyntheticPayments.Payment("5555555555555555", "6666666666666666", 10m, SyntheticPayments.Start.AddDays(31), "Home"));

        Assert.Equal(0f, f.ReceiverTxnCount);
        Assert.Equal(0f, f.SenderTxnCount);
        Assert.True(float.IsNaN(f.ReceiverHoursSinceLast));
        Assert.Contains(TransactionFeatureNames.All, name => name.StartsWith(TransactionFeatureNames.AmountLogZPrefix)
            && !float.IsNaN(f[name]));
    }
}

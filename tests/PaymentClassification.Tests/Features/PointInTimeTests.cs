using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using static Solutions.PaymentClassification.Features.TransactionFeatureNames;
using static Solutions.PaymentClassification.Tests.Features.SyntheticPayments;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class PointInTimeTests
{
    private const string S1 = "1111111111111111";
    private const string S2 = "2222222222222222";
    private const string R1 = "9000000000000001";
    private const string R2 = "9000000000000002";
    private const string Shopping = "Shopping";
    private const string Food = "Food and Dining";
    private const string Travel = "Travel";
    private static readonly DateTime Day = new(2024, 3, 1);

    // E1-E4 happen before the transaction under test, E5 is that transaction (with its label), E6 shares its
    // timestamp and receiver (a tie: excluded), E7 is later.
    private static readonly LabelledTransaction E1 = Payment(S1, R1, 10.00m, Day.AddHours(10), Shopping);
    private static readonly LabelledTransaction E2 = Payment(S2, R1, 30.00m, Day.AddHours(11), Shopping);
    private static readonly LabelledTransaction E3 = Payment(S1, R1, 20.00m, Day.AddHours(12), Food);
    private static readonly LabelledTransaction E4 = Payment(S2, R2, 500.00m, Day.AddHours(12), Travel);
    private static readonly LabelledTransaction E5 = Payment(S1, R1, 40.00m, Day.AddHours(13), Shopping);
    private static readonly LabelledTransaction E6 = Payment(S2, R1, 100.00m, Day.AddHours(13), Travel);
    private static readonly LabelledTransaction E7 = Payment(S1, R2, 50.00m, Day.AddHours(15), Shopping);

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Features_of_a_transaction_use_only_strictly_earlier_events(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Ingest([E1, E2, E3, E4, E5, E6, E7]);

        var f = test.Store.GetHistoricalFeatures([E5])[0];

        // Receiver R1 before 13:00: E1 (Shopping 10), E2 (Shopping 30), E3 (Food 20); E6 at 13:00 is a tie, excluded.
        Assert.Equal(3f, f[ReceiverTxnCount]);
        Assert.Equal(2f / 3f, f.ReceiverShare(Shopping), 6);
        Assert.Equal(1f / 3f, f.ReceiverShare(Food), 6);
        Assert.Equal(0f, f.ReceiverShare(Travel));
        Assert.Equal(20f, f[ReceiverAmountMean], 5);
        // Population std: sqrt(((10-20)^2 + (30-20)^2 + 0) / 3) = sqrt(200/3) = 8.164966.
        Assert.Equal(8.164966f, f[ReceiverAmountStd], 4);
        Assert.Equal(10f, f[ReceiverAmountMin]);
        Assert.Equal(30f, f[ReceiverAmountMax]);
        // (40 - 20) / 8.164966 = 2.449490.
        Assert.Equal(2.449490f, f[ReceiverAmountZ], 4);
        Assert.Equal(1f, f[ReceiverHoursSinceLast], 5);

        // Sender S1 before 13:00: E1 (Shopping 10), E3 (Food 20): mean 15, std sqrt((25 + 25) / 2) = 5, z (40-15)/5 = 5.
        Assert.Equal(2f, f[SenderTxnCount]);
        Assert.Equal(15f, f[SenderAmountMean], 5);
        Assert.Equal(5f, f[SenderAmountStd], 5);
        Assert.Equal(5f, f[SenderAmountZ], 5);
        Assert.Equal(1f, f[SenderHoursSinceLast], 5);
        Assert.Equal(TransactionCategories.All.ToList().IndexOf(Food), f[SenderLastCategory]);
        Assert.Equal(0.5f, f.SenderShare(Shopping), 6);
        Assert.Equal(0.5f, f.SenderShare(Food), 6);

        // Pair (S1, R1) before 13:00: E1 and E3; the last was Food at 12:00.
        Assert.Equal(2f, f[PairTxnCount]);
        Assert.Equal(1f, f[PairHoursSinceLast], 5);
        Assert.Equal(TransactionCategories.All.ToList().IndexOf(Food), f[PairLastCategory]);

        // Shopping before 13:00: log(1+10) = 2.397895, log(1+30) = 3.433987; mean 2.915941, population std 0.518046;
        // log(1+40) = 3.713572, so z = (3.713572 - 2.915941) / 0.518046 = 1.539691.
        Assert.Equal(1.539691f, f.AmountLogZ(Shopping), 4);
        // Food has one earlier amount and Travel one (E4; E6 is a tie): a std needs two, so both are missing.
        Assert.True(float.IsNaN(f.AmountLogZ(Food)));
        Assert.True(float.IsNaN(f.AmountLogZ(Travel)));
        Assert.True(float.IsNaN(f.AmountLogZ("Taxes")));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Features_do_not_change_when_later_events_or_the_transactions_own_label_arrive(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Ingest([E1, E2, E3, E4]);
        var before = test.Store.GetHistoricalFeatures([E5])[0];

        // Its own labelled event, a tie at the same second, then a later event. (An event earlier than E5 arriving
        // late does change it, as it should: see A_back_filled_earlier_event_does_change_later_features.)
        test.Store.Ingest([E5, E6]);
        test.Store.Ingest([E7]);
        var after = test.Store.GetHistoricalFeatures([E5])[0];

        Assert.Equal(before, after);
        Assert.Equal(3f, after[ReceiverTxnCount]);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_back_filled_earlier_event_does_change_later_features(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Ingest([E2, E3, E4, E5, E6, E7]);
        Assert.Equal(2f, test.Store.GetHistoricalFeatures([E5])[0][ReceiverTxnCount]);

        // E1 (10:00) arrives late: R1 now has E1, E2, E3 before 13:00, exactly as if it had arrived in order.
        test.Store.Ingest([E1]);

        using var inOrder = TestStore.Create(TestStore.Sqlite);
        inOrder.Store.Ingest([E1, E2, E3, E4, E5, E6, E7]);
        Assert.Equal(inOrder.Store.GetHistoricalFeatures([E5])[0], test.Store.GetHistoricalFeatures([E5])[0]);
        Assert.Equal(3f, test.Store.GetHistoricalFeatures([E5])[0][ReceiverTxnCount]);
    }

    [Fact]
    public void A_transaction_before_any_event_has_empty_history()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        test.Store.Ingest([E1, E2]);

        var f = test.Store.GetHistoricalFeatures([E1])[0];

        Assert.Equal(0f, f[ReceiverTxnCount]);
        Assert.Equal(0f, f.ReceiverShare(Shopping));
        Assert.True(float.IsNaN(f[ReceiverAmountMean]));
        Assert.True(float.IsNaN(f[ReceiverHoursSinceLast]));
        Assert.True(float.IsNaN(f[SenderLastCategory]));
        Assert.Equal(0f, f[PairTxnCount]);
        Assert.True(float.IsNaN(f.AmountLogZ(Shopping)));
    }
}

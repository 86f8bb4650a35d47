namespace Solutions.PaymentClassification.Tests.Features;

public sealed class BackendParityTests
{
    [Fact]
    public void Sqlite_and_postgres_give_identical_features_for_the_same_events()
    {
        var payments = SyntheticPayments.Create(3000, seed: 8, receivers: 80, senders: 150);
        using var sqlite = TestStore.Create(TestStore.Sqlite);
        using var postgres = TestStore.Create(TestStore.Postgres);
        foreach (var store in new[] { sqlite.Store, postgres.Store })
        {
            // The same two overlapping batches: the second re-sends 500 events and back-fills earlier ones.
            store.Ingest(payments.Take(2000));
            store.Ingest(payments.Skip(1500));
        }

        var fromSqlite = sqlite.Store.GetHistoricalFeatures(payments);
        var fromPostgres = postgres.Store.GetHistoricalFeatures(payments);

        Assert.Equal(3000, postgres.Store.CountEvents());
        Assert.Equal(fromSqlite, fromPostgres);
        var incoming = SyntheticPayments.Payment(payments[3].SenderId, payments[3].ReceiverId, 42m, SyntheticPayments.Start.AddDays(31), "Taxes");
        Assert.Equal(sqlite.Store.GetOnlineFeatures(incoming), postgres.Store.GetOnlineFeatures(incoming));
    }
}

using Microsoft.Data.Sqlite;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_new_store_is_at_schema_version_2_and_keeps_its_data_when_reopened(string backend)
    {
        using var test = TestStore.Create(backend);
        var payments = SyntheticPayments.Create(300, seed: 9);
        test.Store.Ingest(payments);
        var features = test.Store.GetHistoricalFeatures(payments);
        var incoming = SyntheticPayments.Payment(payments[0].SenderId, payments[0].ReceiverId, 5m, SyntheticPayments.Start.AddDays(31), "Home");
        var online = test.Store.GetOnlineFeatures(incoming);

        var reopened = test.Reopen();

        Assert.Equal(2, reopened.SchemaVersion);
        Assert.Equal(300, reopened.CountEvents());
        Assert.Equal(features, reopened.GetHistoricalFeatures(payments));
        Assert.Equal(online, reopened.GetOnlineFeatures(incoming));
        Assert.Equal(0, reopened.Ingest(payments).Added);
    }

    [Fact]
    public void A_store_written_by_a_newer_schema_is_refused_with_its_version()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        test.Store.Dispose();
        using (var connection = new SqliteConnection($"Data Source={test.SqlitePath};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand("UPDATE schema_version SET version = 7", connection);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var error = Assert.Throws<InvalidOperationException>(() => FeatureStore.OpenSqlite(test.SqlitePath!));

        Assert.Contains("schema version 7", error.Message);
    }
}

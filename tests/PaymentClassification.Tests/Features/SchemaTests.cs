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

    [Fact]
    public void A_new_sqlite_store_has_16_KiB_pages_and_an_older_4_KiB_file_keeps_its_pages_and_features()
    {
        var payments = SyntheticPayments.Create(300, seed: 12);
        using var fresh = TestStore.Create(TestStore.Sqlite);
        fresh.Store.Ingest(payments);
        using var older = TestStore.Create(TestStore.Sqlite);
        older.Store.Dispose();
        // A file that already holds a page: SQLite fixes its page size then (4 KiB by default), as it did for stores
        // created before the store asked for 16 KiB.
        File.Delete(older.SqlitePath!);
        Execute(older.SqlitePath!, "PRAGMA page_size = 4096; CREATE TABLE unrelated (x INTEGER)");
        var reopened = older.Reopen();
        reopened.Ingest(payments);

        Assert.Equal(16384L, Scalar(fresh.SqlitePath!, "PRAGMA page_size"));
        Assert.Equal(4096L, Scalar(older.SqlitePath!, "PRAGMA page_size"));
        Assert.Equal(fresh.Store.GetHistoricalFeatures(payments), reopened.GetHistoricalFeatures(payments));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return command.ExecuteScalar();
    }
}

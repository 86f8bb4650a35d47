using Microsoft.Data.Sqlite;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Features.Storage;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class MigrationTests
{
    [Fact]
    public void A_version_1_store_is_migrated_to_version_2_with_its_events_and_the_same_features()
    {
        var payments = SyntheticPayments.Create(400, seed: 12);
        var directory = Path.Combine(Path.GetTempPath(), "feature-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "features.db");
        try
        {
            WriteVersion1Store(path, payments);
            using var fresh = TestStore.Create(TestStore.Sqlite);
            fresh.Store.Ingest(payments);
            var probe = SyntheticPayments.Payment(payments[0].SenderId, payments[0].ReceiverId, 7m, SyntheticPayments.Start.AddDays(40), "Home");

            using (var migrated = FeatureStore.OpenSqlite(path))
            {
                Assert.Equal(2, migrated.SchemaVersion);
                Assert.Equal(400, migrated.CountEvents());
                // The versions are rebuilt from the events: the same as ingesting them into a new store.
                Assert.Equal(fresh.Store.GetHistoricalFeatures(payments), migrated.GetHistoricalFeatures(payments));
                Assert.Equal(fresh.Store.GetOnlineFeatures(probe), migrated.GetOnlineFeatures(probe));
                Assert.Equal(0, migrated.Ingest(payments).Added);
            }

            using var reopened = FeatureStore.OpenSqlite(path);
            Assert.Equal(fresh.Store.GetOnlineFeatures(probe), reopened.GetOnlineFeatures(probe));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A store as version 1 of the code left it: its schema (migration 0) and events, no versions needed.</summary>
    private static void WriteVersion1Store(string path, IReadOnlyList<LabelledTransaction> payments)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var sql in FeatureStoreSchema.Migrations(" WITHOUT ROWID", "BLOB")[0].Append("INSERT INTO schema_version (version) VALUES (1)"))
        {
            using var command = new SqliteCommand(sql, connection, transaction);
            command.ExecuteNonQuery();
        }

        foreach (var e in EventConversion.ToStoredEvents(payments))
        {
            using var insert = new SqliteCommand(
                "INSERT INTO events (sender_id, receiver_id, event_time, amount_cents, occurrence, category) " +
                $"VALUES ({e.SenderId}, {e.ReceiverId}, {e.Time}, {e.AmountCents}, {e.Occurrence}, {e.Category})", connection, transaction);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}

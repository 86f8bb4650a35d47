using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// The shared backend: a PostgreSQL database (tables in the connection's first search-path schema), written with
/// binary COPY so several serving replicas can share one store.
/// </summary>
internal sealed class PostgresFeatureStorage : FeatureStorage
{
    private const string StagingTable = "ingest_events";

    private PostgresFeatureStorage(NpgsqlConnection connection) : base(connection)
    {
    }

    protected override string VersionTableOptions => "";

    // Row lock on the one state row: concurrent ingests from several replicas run one after the other.
    protected override string LockClause => " FOR UPDATE";

    protected override string BinaryType => "BYTEA";

    protected override string TableExistsSql =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name";

    private NpgsqlConnection Npgsql => (NpgsqlConnection)Connection;

    public static PostgresFeatureStorage Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            connection.Dispose();
            throw new InvalidOperationException(
                $"Could not open the PostgreSQL feature store ({e.Message}). Is the server running? " +
                "scripts/postgres.sh starts one on loopback and prints its connection string.", e);
        }

        var storage = new PostgresFeatureStorage(connection);
        try
        {
            storage.Migrate();
            return storage;
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginIngest() => Npgsql.BeginTransaction(IsolationLevel.ReadCommitted);

    public override DbTransaction BeginRead() => Npgsql.BeginTransaction(IsolationLevel.RepeatableRead);

    public override IReadOnlyList<StoredEvent> InsertNewEvents(DbTransaction transaction, IReadOnlyList<StoredEvent> events)
    {
        var columns = string.Join(", ", EventColumns);
        Execute(transaction,
            $"CREATE TEMP TABLE IF NOT EXISTS {StagingTable} (LIKE {EventsTable} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
        Execute(transaction, $"TRUNCATE {StagingTable}");
        using (var writer = Npgsql.BeginBinaryImport($"COPY {StagingTable} ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in events)
            {
                writer.StartRow();
                writer.Write(e.SenderId, NpgsqlDbType.Bigint);
                writer.Write(e.ReceiverId, NpgsqlDbType.Bigint);
                writer.Write(e.Time, NpgsqlDbType.Bigint);
                writer.Write(e.AmountCents, NpgsqlDbType.Bigint);
                writer.Write(e.Occurrence, NpgsqlDbType.Integer);
                writer.Write(e.Category, NpgsqlDbType.Integer);
            }

            writer.Complete();
        }

        using var command = Command(transaction,
            $"INSERT INTO {EventsTable} ({columns}) SELECT {columns} FROM {StagingTable} ON CONFLICT DO NOTHING RETURNING {columns}");
        using var reader = command.ExecuteReader();
        var added = new List<StoredEvent>();
        while (reader.Read())
        {
            added.Add(new StoredEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetInt32(4), reader.GetInt32(5)));
        }

        return added;
    }

    public override VersionWriter BeginVersions(DbTransaction transaction, FeatureGroup group) =>
        new PostgresVersionWriter(Npgsql, group);

    protected override void LoadQueries(DbTransaction transaction, IReadOnlyList<PointInTimeQuery> queries)
    {
        Execute(transaction,
            $"CREATE TEMP TABLE IF NOT EXISTS {QueryTable} ({SequenceColumn} INTEGER NOT NULL, " +
            $"{FeatureGroups.SenderIdColumn} BIGINT NOT NULL, {FeatureGroups.ReceiverIdColumn} BIGINT NOT NULL, " +
            $"{EventTimeColumn} BIGINT NOT NULL)");
        Execute(transaction, $"TRUNCATE {QueryTable}");
        using var writer = Npgsql.BeginBinaryImport(
            $"COPY {QueryTable} ({SequenceColumn}, {FeatureGroups.SenderIdColumn}, {FeatureGroups.ReceiverIdColumn}, " +
            $"{EventTimeColumn}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < queries.Count; i++)
        {
            writer.StartRow();
            writer.Write(i, NpgsqlDbType.Integer);
            writer.Write(queries[i].SenderId, NpgsqlDbType.Bigint);
            writer.Write(queries[i].ReceiverId, NpgsqlDbType.Bigint);
            writer.Write(queries[i].Time, NpgsqlDbType.Bigint);
        }

        writer.Complete();
    }

    // LATERAL ... LIMIT 1 is a backward index scan on (entity, event_time) per query row.
    protected override string AsOfJoin(FeatureGroup group, string alias)
    {
        var match = string.Join(" AND ", group.KeyColumns.Select(k => $"x.{k} = q.{k}"));
        return $"LEFT JOIN LATERAL (SELECT * FROM {group.Table} x WHERE {match} AND x.{EventTimeColumn} < q.{EventTimeColumn} " +
               $"ORDER BY x.{EventTimeColumn} DESC LIMIT 1) {alias} ON TRUE";
    }
}

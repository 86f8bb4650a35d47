using System.Data.Common;
using Microsoft.Data.Sqlite;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>The embedded backend: one SQLite file in WAL mode, written with prepared statements.</summary>
internal sealed class SqliteFeatureStorage : FeatureStorage
{
    private SqliteFeatureStorage(SqliteConnection connection) : base(connection)
    {
    }

    protected override string VersionTableOptions => " WITHOUT ROWID";

    // BEGIN IMMEDIATE (see BeginIngest) already holds the write lock.
    protected override string LockClause => "";

    protected override string TableExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public static SqliteFeatureStorage Open(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);

        // No pooling: closing the store releases the file, so it can be moved or deleted at once.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        connection.Open();
        var storage = new SqliteFeatureStorage(connection);
        try
        {
            // WAL lets readers run beside the writer; NORMAL syncs at checkpoints only, still safe against a crash
            // of the process (a power loss may drop the last commits, never corrupt the file).
            storage.Execute(null, "PRAGMA journal_mode = WAL");
            storage.Execute(null, "PRAGMA synchronous = NORMAL");
            storage.Execute(null, "PRAGMA temp_store = MEMORY");
            storage.Execute(null, "PRAGMA cache_size = -65536");
            storage.Execute(null, "PRAGMA busy_timeout = 10000");
            storage.Migrate();
            return storage;
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginIngest() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    public override DbTransaction BeginRead() => ((SqliteConnection)Connection).BeginTransaction(deferred: true);

    public override IReadOnlyList<StoredEvent> InsertNewEvents(DbTransaction transaction, IReadOnlyList<StoredEvent> events)
    {
        using var command = PreparedInsert(transaction, EventsTable, EventColumns, " ON CONFLICT DO NOTHING");
        var p = command.Parameters;
        var added = new List<StoredEvent>();
        foreach (var e in events)
        {
            p[0].Value = e.SenderId;
            p[1].Value = e.ReceiverId;
            p[2].Value = e.Time;
            p[3].Value = e.AmountCents;
            p[4].Value = e.Occurrence;
            p[5].Value = e.Category;
            if (command.ExecuteNonQuery() == 1) added.Add(e);
        }

        return added;
    }

    public override void InsertVersions(DbTransaction transaction, FeatureGroup group, IReadOnlyList<FeatureVersion> versions)
    {
        using var command = PreparedInsert(transaction, group.Table,
            [.. group.KeyColumns, EventTimeColumn, .. group.ValueColumns], "");
        var p = command.Parameters;
        var keyCount = group.KeyColumns.Count;
        foreach (var version in versions)
        {
            p[0].Value = version.Key.First;
            if (keyCount == 2) p[1].Value = version.Key.Second;
            p[keyCount].Value = version.Time;
            for (var i = 0; i < version.Values.Length; i++) p[keyCount + 1 + i].Value = version.Values[i];
            command.ExecuteNonQuery();
        }
    }

    protected override void LoadQueries(DbTransaction transaction, IReadOnlyList<PointInTimeQuery> queries)
    {
        Execute(transaction,
            $"CREATE TEMP TABLE IF NOT EXISTS {QueryTable} ({SequenceColumn} INTEGER PRIMARY KEY, " +
            $"{FeatureGroups.SenderIdColumn} BIGINT NOT NULL, {FeatureGroups.ReceiverIdColumn} BIGINT NOT NULL, " +
            $"{EventTimeColumn} BIGINT NOT NULL)");
        Execute(transaction, $"DELETE FROM {QueryTable}");
        using var command = PreparedInsert(transaction, QueryTable,
            [SequenceColumn, FeatureGroups.SenderIdColumn, FeatureGroups.ReceiverIdColumn, EventTimeColumn], "");
        var p = command.Parameters;
        for (var i = 0; i < queries.Count; i++)
        {
            p[0].Value = i;
            p[1].Value = queries[i].SenderId;
            p[2].Value = queries[i].ReceiverId;
            p[3].Value = queries[i].Time;
            command.ExecuteNonQuery();
        }
    }

    // SQLite has no LATERAL: the correlated subquery finds the version's time, and the join then seeks the version
    // by its primary key. Both are index seeks on (entity, event_time).
    protected override string AsOfJoin(FeatureGroup group, string alias)
    {
        var match = string.Join(" AND ", group.KeyColumns.Select(k => $"x.{k} = q.{k}"));
        var joinKeys = string.Join(" AND ", group.KeyColumns.Select(k => $"{alias}.{k} = q.{k}"));
        return $"LEFT JOIN {group.Table} {alias} ON {joinKeys} AND {alias}.{EventTimeColumn} = " +
               $"(SELECT x.{EventTimeColumn} FROM {group.Table} x WHERE {match} AND x.{EventTimeColumn} < q.{EventTimeColumn} " +
               $"ORDER BY x.{EventTimeColumn} DESC LIMIT 1)";
    }

    private SqliteCommand PreparedInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, string suffix)
    {
        var command = (SqliteCommand)Command(transaction,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES " +
            $"({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}){suffix}");
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter($"@p{i}", null));
        command.Prepare();
        return command;
    }
}

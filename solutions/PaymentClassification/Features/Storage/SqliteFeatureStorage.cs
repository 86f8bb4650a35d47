using System.Data.Common;
using Microsoft.Data.Sqlite;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>The embedded backend: one SQLite file in WAL mode, written through prepared statements.</summary>
internal sealed class SqliteFeatureStorage : FeatureStorage
{
    private SqliteFeatureStorage(SqliteConnection connection) : base(connection)
    {
    }

    protected override string VersionTableOptions => " WITHOUT ROWID";

    // BEGIN IMMEDIATE (see BeginIngest) already holds the write lock.
    protected override string LockClause => "";

    protected override string BinaryType => "BLOB";

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
            // A new store gets 16 KiB pages (an existing one keeps its own): an ingest writes every page it fills to
            // the WAL and again at the checkpoint, and larger pages cut those writes' system calls by four, which
            // was most of the commit's cost.
            storage.Execute(null, "PRAGMA page_size = 16384");
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

    private SqliteConnection Sqlite => (SqliteConnection)Connection;

    public override DbTransaction BeginIngest() => Sqlite.BeginTransaction(deferred: false);

    public override DbTransaction BeginRead() => Sqlite.BeginTransaction(deferred: true);

    public override IReadOnlyList<StoredEvent> InsertNewEvents(DbTransaction transaction, IReadOnlyList<StoredEvent> events)
    {
        using var insert = new SqliteBulkInsert(Sqlite, EventsTable, EventColumns, " ON CONFLICT DO NOTHING");
        var added = new List<StoredEvent>();
        // In primary-key order (time, sender, receiver, ...: the events' total order), B-tree inserts stay on the same
        // pages, and the added events come out in the order the version rebuild folds them.
        var ordered = events.ToArray();
        Array.Sort(ordered);
        foreach (var e in ordered)
        {
            insert.Bind(0, e.SenderId);
            insert.Bind(1, e.ReceiverId);
            insert.Bind(2, e.Time);
            insert.Bind(3, e.AmountCents);
            insert.Bind(4, e.Occurrence);
            insert.Bind(5, e.Category);
            if (insert.Insert() == 1) added.Add(e);
        }

        return added;
    }

    public override VersionWriter BeginVersions(DbTransaction transaction, FeatureGroup group) =>
        new SqliteVersionWriter(Sqlite, group);

    protected override void LoadQueries(DbTransaction transaction, IReadOnlyList<PointInTimeQuery> queries)
    {
        Execute(transaction,
            $"CREATE TEMP TABLE IF NOT EXISTS {QueryTable} ({SequenceColumn} INTEGER PRIMARY KEY, " +
            $"{FeatureGroups.SenderIdColumn} BIGINT NOT NULL, {FeatureGroups.ReceiverIdColumn} BIGINT NOT NULL, " +
            $"{EventTimeColumn} BIGINT NOT NULL)");
        Execute(transaction, $"DELETE FROM {QueryTable}");
        using var insert = new SqliteBulkInsert(Sqlite, QueryTable,
            [SequenceColumn, FeatureGroups.SenderIdColumn, FeatureGroups.ReceiverIdColumn, EventTimeColumn]);
        for (var i = 0; i < queries.Count; i++)
        {
            insert.Bind(0, i);
            insert.Bind(1, queries[i].SenderId);
            insert.Bind(2, queries[i].ReceiverId);
            insert.Bind(3, queries[i].Time);
            insert.Insert();
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
}

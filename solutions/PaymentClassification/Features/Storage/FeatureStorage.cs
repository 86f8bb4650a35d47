using System.Data.Common;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// Where the store keeps its events and feature-group versions. The SQL is shared by both backends; a backend supplies
/// only its bulk writes (prepared statements for SQLite, binary COPY for PostgreSQL), its lock and its as-of join.
/// Not thread-safe: <see cref="FeatureStore"/> serialises access.
/// </summary>
internal abstract class FeatureStorage(DbConnection connection) : IDisposable
{
    protected const string QueryTable = "pit_query";
    protected const string SequenceColumn = "seq";

    protected static readonly FeatureGroup[] AsOfGroups = [FeatureGroups.Receiver, FeatureGroups.Sender, FeatureGroups.Pair];

    protected DbConnection Connection { get; } = connection;

    /// <summary>The schema version after opening (always <see cref="FeatureStoreSchema.CurrentVersion"/>).</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Appended to CREATE TABLE of the version tables (SQLite: WITHOUT ROWID, a clustered key).</summary>
    protected abstract string VersionTableOptions { get; }

    /// <summary>Appended to the read of the ingest sequence in an ingest, to serialise writers.</summary>
    protected abstract string LockClause { get; }

    /// <summary>The column type of packed counts (SQLite BLOB, PostgreSQL BYTEA).</summary>
    protected abstract string BinaryType { get; }

    /// <summary>A query returning 1 row with a count &gt; 0 when table <c>@name</c> exists.</summary>
    protected abstract string TableExistsSql { get; }

    /// <summary>Begins the one transaction of an ingest, holding the write lock from the start.</summary>
    public abstract DbTransaction BeginIngest();

    /// <summary>Inserts the events whose key is not stored yet, and returns those.</summary>
    public abstract IReadOnlyList<StoredEvent> InsertNewEvents(DbTransaction transaction, IReadOnlyList<StoredEvent> events);

    /// <summary>Starts writing new versions of <paramref name="group"/> in the transaction.</summary>
    public abstract VersionWriter BeginVersions(DbTransaction transaction, FeatureGroup group);

    /// <summary>Fills the temporary <see cref="QueryTable"/> with the queries, numbered from 0.</summary>
    protected abstract void LoadQueries(DbTransaction transaction, IReadOnlyList<PointInTimeQuery> queries);

    /// <summary>
    /// A LEFT JOIN of <paramref name="group"/> as <paramref name="alias"/> to the latest version strictly before
    /// <c>q.event_time</c> for q's entity.
    /// </summary>
    protected abstract string AsOfJoin(FeatureGroup group, string alias);

    /// <summary>Creates or migrates the schema to <see cref="FeatureStoreSchema.CurrentVersion"/>.</summary>
    protected void Migrate()
    {
        using var transaction = BeginIngest();
        var version = ReadSchemaVersion(transaction);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The feature store has schema version {version}, newer than this program's {CurrentVersion}: " +
                "open it with a newer version of PaymentClassification.");
        }

        var migrations = Migrations(VersionTableOptions, BinaryType);
        var versionsDropped = false;
        for (; version < CurrentVersion; version++)
        {
            foreach (var sql in migrations[version]) Execute(transaction, sql);
            Execute(transaction, $"DELETE FROM {VersionTable}");
            Execute(transaction, $"INSERT INTO {VersionTable} (version) VALUES ({version + 1})");
            versionsDropped |= DropsVersions(version);
        }

        CheckCategories(transaction);
        if (versionsDropped) RebuildVersions(transaction);
        transaction.Commit();
        SchemaVersion = version;
    }

    /// <summary>
    /// Replays every stored event into fresh version tables, in the migration's transaction: the versions are a cache
    /// of the events, so a migration that changes their layout recomputes them rather than converting rows.
    /// </summary>
    private void RebuildVersions(DbTransaction transaction)
    {
        var events = ReadEventsFrom(transaction, long.MinValue);
        if (events.Count == 0) return;
        VersionRebuild.Apply(this, transaction, OnlineFeatureView.Empty, events, _ => { });
        // Other instances on this store must reload their online views.
        WriteIngestSequence(transaction, ReadIngestSequence(transaction, forIngest: true) + 1);
    }

    /// <summary>The number of ingests that added events; changes whenever any writer changed the store.</summary>
    /// <remarks><paramref name="forIngest"/> locks the state row until the transaction ends (PostgreSQL), serialising
    /// writers.</remarks>
    public long ReadIngestSequence(DbTransaction transaction, bool forIngest) => Convert.ToInt64(Scalar(transaction,
        $"SELECT {IngestSequenceColumn} FROM {StateTable} WHERE id = 1{(forIngest ? LockClause : "")}"));

    public void WriteIngestSequence(DbTransaction transaction, long sequence) =>
        Execute(transaction, $"UPDATE {StateTable} SET {IngestSequenceColumn} = @s WHERE id = 1", ("@s", sequence));

    public long CountEvents() => Convert.ToInt64(Scalar(null, $"SELECT COUNT(*) FROM {EventsTable}"));

    /// <summary>The events at or after <paramref name="time"/>, in their total order.</summary>
    public List<StoredEvent> ReadEventsFrom(DbTransaction transaction, long time)
    {
        using var command = Command(transaction,
            $"SELECT {string.Join(", ", EventColumns)} FROM {EventsTable} WHERE {EventTimeColumn} >= @t", ("@t", time));
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            events.Add(new StoredEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5))));
        }

        events.Sort();
        return events;
    }

    public void DeleteVersionsFrom(DbTransaction transaction, FeatureGroup group, EntityKey key, long time) =>
        Execute(transaction, $"DELETE FROM {group.Table} WHERE {KeyMatch(group)} AND {EventTimeColumn} >= @t",
            [.. KeyParameters(group, key), ("@t", time)]);

    public FeatureVersion? ReadLatestVersionBefore(DbTransaction transaction, FeatureGroup group, EntityKey key, long time)
    {
        using var command = Command(transaction,
            $"SELECT {SelectList(group, null)} FROM {group.Table} WHERE {KeyMatch(group)} AND {EventTimeColumn} < @t " +
            $"ORDER BY {EventTimeColumn} DESC LIMIT 1",
            [.. KeyParameters(group, key), ("@t", time)]);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadVersion(reader, group, 0) : null;
    }

    /// <summary>Every entity's latest version: the online view.</summary>
    public Dictionary<EntityKey, FeatureVersion> ReadLatestVersions(DbTransaction? transaction, FeatureGroup group)
    {
        var keys = string.Join(", ", group.KeyColumns);
        var join = string.Join(" AND ", group.KeyColumns.Select(k => $"v.{k} = m.{k}"));
        using var command = Command(transaction,
            $"SELECT {SelectList(group, "v")} FROM {group.Table} v JOIN " +
            $"(SELECT {keys}, MAX({EventTimeColumn}) AS {EventTimeColumn} FROM {group.Table} GROUP BY {keys}) m " +
            $"ON {join} AND v.{EventTimeColumn} = m.{EventTimeColumn}");
        using var reader = command.ExecuteReader();
        var latest = new Dictionary<EntityKey, FeatureVersion>();
        while (reader.Read())
        {
            var version = ReadVersion(reader, group, 0);
            latest[version.Key] = version;
        }

        return latest;
    }

    /// <summary>All versions of a group strictly before <paramref name="time"/>, by entity then time.</summary>
    public List<FeatureVersion> ReadVersionsBefore(DbTransaction transaction, FeatureGroup group, long time)
    {
        using var command = Command(transaction,
            $"SELECT {SelectList(group, null)} FROM {group.Table} WHERE {EventTimeColumn} < @t " +
            $"ORDER BY {string.Join(", ", group.KeyColumns)}, {EventTimeColumn}", ("@t", time));
        using var reader = command.ExecuteReader();
        var versions = new List<FeatureVersion>();
        while (reader.Read()) versions.Add(ReadVersion(reader, group, 0));
        return versions;
    }

    /// <summary>Begins a read-only transaction: one consistent snapshot for a whole point-in-time build.</summary>
    public abstract DbTransaction BeginRead();

    /// <summary>The as-of join: per query, in order, the receiver, sender and pair versions strictly before it.</summary>
    public AsOfRow[] ReadAsOf(DbTransaction transaction, IReadOnlyList<PointInTimeQuery> queries)
    {
        LoadQueries(transaction, queries);
        string[] aliases = ["r", "s", "p"];
        var select = string.Join(", ", AsOfGroups.Select((g, i) => SelectList(g, aliases[i])));
        var joins = string.Join(" ", AsOfGroups.Select((g, i) => AsOfJoin(g, aliases[i])));
        using var command = Command(transaction,
            $"SELECT q.{SequenceColumn}, {select} FROM {QueryTable} q {joins} ORDER BY q.{SequenceColumn}");
        using var reader = command.ExecuteReader();
        var rows = new AsOfRow[queries.Count];
        while (reader.Read())
        {
            var at = 1;
            var versions = new FeatureVersion?[AsOfGroups.Length];
            for (var g = 0; g < AsOfGroups.Length; g++)
            {
                var group = AsOfGroups[g];
                versions[g] = reader.IsDBNull(at + group.KeyColumns.Count) ? null : ReadVersion(reader, group, at);
                at += group.KeyColumns.Count + 1 + group.Columns.Count;
            }

            rows[Convert.ToInt32(reader.GetValue(0))] = new AsOfRow(versions[0], versions[1], versions[2]);
        }

        return rows;
    }

    public void Dispose() => Connection.Dispose();

    protected static string SelectList(FeatureGroup group, string? alias)
    {
        var prefix = alias is null ? "" : alias + ".";
        return string.Join(", ", ((IEnumerable<string>)[.. group.KeyColumns, EventTimeColumn, .. group.Columns.Select(c => c.Name)])
            .Select(c => prefix + c));
    }

    protected static string KeyMatch(FeatureGroup group, string? alias = null) =>
        string.Join(" AND ", group.KeyColumns.Select((k, i) => $"{(alias is null ? "" : alias + ".")}{k} = @k{i}"));

    protected DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected void Execute(DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(DbTransaction? transaction, string sql)
    {
        using var command = Command(transaction, sql);
        return command.ExecuteScalar();
    }

    private static (string, object)[] KeyParameters(FeatureGroup group, EntityKey key) =>
        group.KeyColumns.Count == 1 ? [("@k0", key.First)] : [("@k0", key.First), ("@k1", key.Second)];

    private static FeatureVersion ReadVersion(DbDataReader reader, FeatureGroup group, int at)
    {
        var first = reader.GetInt64(at);
        var second = group.KeyColumns.Count == 2 ? reader.GetInt64(at + 1) : 0;
        at += group.KeyColumns.Count;
        var time = reader.GetInt64(at++);
        var values = group.Empty();
        foreach (var column in group.Columns)
        {
            if (column.IsPackedCounts)
            {
                PackedCounts.Unpack(reader.GetFieldValue<byte[]>(at), values.AsSpan(column.Slot, column.Width), column.Name);
            }
            else
            {
                values[column.Slot] = reader.GetDouble(at);
            }

            at++;
        }

        return new FeatureVersion(new EntityKey(first, second), time, values);
    }

    private int ReadSchemaVersion(DbTransaction transaction)
    {
        using var exists = Command(transaction, TableExistsSql, ("@name", VersionTable));
        if (Convert.ToInt64(exists.ExecuteScalar()) == 0) return 0;
        using var read = Command(transaction, $"SELECT MAX(version) FROM {VersionTable}");
        return Convert.ToInt32(read.ExecuteScalar());
    }

    /// <summary>The store numbers categories by their index; a reordered list would silently relabel every event.</summary>
    private void CheckCategories(DbTransaction transaction)
    {
        using var command = Command(transaction,
            $"SELECT {FeatureGroups.CategoryColumn}, name FROM {CategoriesTable} ORDER BY {FeatureGroups.CategoryColumn}");
        using var reader = command.ExecuteReader();
        var stored = new List<string>();
        while (reader.Read()) stored.Add(reader.GetString(1));
        if (!stored.SequenceEqual(TransactionCategories.All))
        {
            throw new InvalidOperationException(
                $"The feature store's categories ({string.Join(", ", stored)}) differ from this program's " +
                $"({string.Join(", ", TransactionCategories.All)}): it was written by an incompatible version.");
        }
    }
}

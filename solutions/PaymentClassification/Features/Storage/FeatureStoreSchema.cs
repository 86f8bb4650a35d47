using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// The store's tables, one DDL for both backends (SQLite reads BIGINT and DOUBLE PRECISION with the right affinity),
/// and the migrations that bring a store from any earlier schema version to <see cref="CurrentVersion"/>.
/// </summary>
internal static class FeatureStoreSchema
{
    public const int CurrentVersion = 2;
    public const string VersionTable = "schema_version";
    public const string StateTable = "store_state";
    public const string CategoriesTable = "categories";
    public const string EventsTable = "events";
    public const string EventTimeColumn = "event_time";
    public const string AmountCentsColumn = "amount_cents";
    public const string OccurrenceColumn = "occurrence";
    public const string IngestSequenceColumn = "ingest_sequence";
    private const string Double = "DOUBLE PRECISION";

    /// <summary>The events' columns in the order storage reads and writes them.</summary>
    public static IReadOnlyList<string> EventColumns { get; } =
    [
        FeatureGroups.SenderIdColumn, FeatureGroups.ReceiverIdColumn, EventTimeColumn, AmountCentsColumn,
        OccurrenceColumn, FeatureGroups.CategoryColumn,
    ];

    /// <summary>
    /// Migration <c>i</c> takes a store from version <c>i</c> to <c>i + 1</c>; version 0 is an empty database. The
    /// version table itself is rewritten by the runner after each migration.
    /// </summary>
    /// <param name="versionTableOptions">Appended to CREATE TABLE of the clustered tables (SQLite: WITHOUT ROWID).</param>
    /// <param name="binaryType">The column type of packed counts.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Migrations(string versionTableOptions, string binaryType) =>
    [
        [
            $"CREATE TABLE {VersionTable} (version INTEGER NOT NULL)",
            $"CREATE TABLE {StateTable} (id INTEGER PRIMARY KEY, {IngestSequenceColumn} BIGINT NOT NULL)",
            $"INSERT INTO {StateTable} (id, {IngestSequenceColumn}) VALUES (1, 0)",
            $"CREATE TABLE {CategoriesTable} ({FeatureGroups.CategoryColumn} INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            .. TransactionCategories.All.Select((name, i) =>
                $"INSERT INTO {CategoriesTable} ({FeatureGroups.CategoryColumn}, name) VALUES ({i}, '{name}')"),
            // The natural key leaves out the category: a re-sent payment with another label is the same payment.
            // No foreign key to the categories: ingest checks them, and PostgreSQL's per-row check halved its speed.
            $"""
             CREATE TABLE {EventsTable} (
               {FeatureGroups.SenderIdColumn} BIGINT NOT NULL, {FeatureGroups.ReceiverIdColumn} BIGINT NOT NULL,
               {EventTimeColumn} BIGINT NOT NULL, {AmountCentsColumn} BIGINT NOT NULL, {OccurrenceColumn} INTEGER NOT NULL,
               {FeatureGroups.CategoryColumn} INTEGER NOT NULL,
               PRIMARY KEY ({FeatureGroups.SenderIdColumn}, {FeatureGroups.ReceiverIdColumn}, {EventTimeColumn}, {AmountCentsColumn}, {OccurrenceColumn}))
             """,
            // Backfills re-read the events from the earliest new one onward.
            $"CREATE INDEX {EventsTable}_by_time ON {EventsTable} ({EventTimeColumn})",
            .. FeatureGroups.All.Select(g => VersionTableDdl(
                g.Table, g.KeyColumns, Version1Columns(g).Select(c => (c, Double)), versionTableOptions)),
        ],
        // Version 2, for ingest speed: the events are clustered by time (the key's columns are the same, so the same
        // payments are duplicates), which makes in-order ingests appends and the separate time index unnecessary;
        // the receiver and sender counts per category are one packed column. The version tables are a cache of the
        // events: they are dropped here and rebuilt by replaying the events (see DropsVersions).
        [
            $"""
             CREATE TABLE {EventsTable}_v2 (
               {FeatureGroups.SenderIdColumn} BIGINT NOT NULL, {FeatureGroups.ReceiverIdColumn} BIGINT NOT NULL,
               {EventTimeColumn} BIGINT NOT NULL, {AmountCentsColumn} BIGINT NOT NULL, {OccurrenceColumn} INTEGER NOT NULL,
               {FeatureGroups.CategoryColumn} INTEGER NOT NULL,
               PRIMARY KEY ({EventTimeColumn}, {FeatureGroups.SenderIdColumn}, {FeatureGroups.ReceiverIdColumn}, {AmountCentsColumn}, {OccurrenceColumn})){versionTableOptions}
             """,
            $"INSERT INTO {EventsTable}_v2 ({string.Join(", ", EventColumns)}) SELECT {string.Join(", ", EventColumns)} FROM {EventsTable}",
            $"DROP TABLE {EventsTable}",
            $"ALTER TABLE {EventsTable}_v2 RENAME TO {EventsTable}",
            .. FeatureGroups.All.Select(g => $"DROP TABLE {g.Table}"),
            .. FeatureGroups.All.Select(g => VersionTableDdl(
                g.Table, g.KeyColumns, g.Columns.Select(c => (c.Name, c.IsPackedCounts ? binaryType : Double)), versionTableOptions)),
        ],
    ];

    /// <summary>Whether migration <paramref name="version"/> (from that version to the next) drops the version tables of
    /// a store that may hold events, which the runner then rebuilds from the events.</summary>
    public static bool DropsVersions(int version) => version == 1;

    /// <summary>Version 1 stored every slot as a double column; frozen here, as migration 0 must keep creating it.</summary>
    private static IReadOnlyList<string> Version1Columns(FeatureGroup group) => group.Table switch
    {
        "pair_features" => ["txn_count", "last_category"],
        "category_features" => ["txn_count", "amount_mean", "amount_m2", "log_amount_mean", "log_amount_m2"],
        _ =>
        [
            "txn_count",
            .. TransactionCategories.All.Select(c => "n_" + TransactionFeatureNames.Slug(c)),
            "amount_mean", "amount_m2", "amount_min", "amount_max", "last_category",
        ],
    };

    private static string VersionTableDdl(
        string table, IReadOnlyList<string> keyColumns, IEnumerable<(string Name, string Type)> valueColumns, string options)
    {
        var keys = keyColumns.Select(k => $"{k} BIGINT NOT NULL");
        var values = valueColumns.Select(v => $"{v.Name} {v.Type} NOT NULL");
        var primaryKey = string.Join(", ", [.. keyColumns, EventTimeColumn]);
        return $"CREATE TABLE {table} ({string.Join(", ", keys)}, {EventTimeColumn} BIGINT NOT NULL, " +
               $"{string.Join(", ", values)}, PRIMARY KEY ({primaryKey})){options}";
    }
}

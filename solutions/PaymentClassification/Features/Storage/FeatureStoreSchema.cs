using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// The store's tables, one DDL for both backends (SQLite reads BIGINT and DOUBLE PRECISION with the right affinity),
/// and the migrations that bring a store from any earlier schema version to <see cref="CurrentVersion"/>.
/// </summary>
internal static class FeatureStoreSchema
{
    public const int CurrentVersion = 1;
    public const string VersionTable = "schema_version";
    public const string StateTable = "store_state";
    public const string CategoriesTable = "categories";
    public const string EventsTable = "events";
    public const string EventTimeColumn = "event_time";
    public const string AmountCentsColumn = "amount_cents";
    public const string OccurrenceColumn = "occurrence";
    public const string IngestSequenceColumn = "ingest_sequence";

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
    public static IReadOnlyList<IReadOnlyList<string>> Migrations(string versionTableOptions) =>
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
            .. FeatureGroups.All.Select(g => VersionTableDdl(g, versionTableOptions)),
        ],
    ];

    private static string VersionTableDdl(FeatureGroup group, string options)
    {
        var keys = group.KeyColumns.Select(k => $"{k} BIGINT NOT NULL");
        var values = group.ValueColumns.Select(v => $"{v} DOUBLE PRECISION NOT NULL");
        var primaryKey = string.Join(", ", [.. group.KeyColumns, EventTimeColumn]);
        return $"CREATE TABLE {group.Table} ({string.Join(", ", keys)}, {EventTimeColumn} BIGINT NOT NULL, " +
               $"{string.Join(", ", values)}, PRIMARY KEY ({primaryKey})){options}";
    }
}

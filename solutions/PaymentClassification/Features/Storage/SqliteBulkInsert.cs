using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// One prepared INSERT driven through the raw SQLite API: bind by position, step, reset. Ingest writes hundreds of
/// thousands of rows, and the ADO.NET command path costs several microseconds a row on top of SQLite's own work.
/// Runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _rawDatabase;
    private readonly IntPtr _rawStatement;

    public SqliteBulkInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns, string suffix = "")
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES " +
                  $"({string.Join(", ", columns.Select(_ => "?"))}){suffix}";
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement), sql);
        // Valid as long as the handles are: the connection outlives this insert, which owns the statement.
        _rawDatabase = _database.DangerousGetHandle();
        _rawStatement = _statement.DangerousGetHandle();
    }

    /// <summary>Binds the value of the column at <paramref name="index"/> (from 0) for the next row.</summary>
    public void Bind(int index, long value) => Check(NativeSqlite.BindInt64(_rawStatement, index + 1, value), "bind");

    public void Bind(int index, double value) => Check(NativeSqlite.BindDouble(_rawStatement, index + 1, value), "bind");

    /// <summary>Binds a BLOB (SQLite copies it, so the span may be reused for the next row).</summary>
    public void Bind(int index, ReadOnlySpan<byte> value) => Check(NativeSqlite.BindBlob(_rawStatement, index + 1, value), "bind");

    /// <summary>Inserts the bound row.</summary>
    /// <returns>The number of rows inserted: 0 when an ON CONFLICT DO NOTHING clause skipped it.</returns>
    public int Insert()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(_database).utf8_to_string();
            NativeSqlite.Reset(_rawStatement);
            throw new SqliteException($"SQLite insert failed: {message}", result);
        }

        NativeSqlite.Reset(_rawStatement);
        return NativeSqlite.Changes(_rawDatabase);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result, string what)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            throw new SqliteException($"SQLite {what} failed: {raw.sqlite3_errmsg(_database).utf8_to_string()}", result);
        }
    }
}

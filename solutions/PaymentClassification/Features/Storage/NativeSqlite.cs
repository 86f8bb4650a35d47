using System.Runtime.InteropServices;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// The few calls a bulk insert makes per row and column, straight into the e_sqlite3 library that Microsoft.Data.Sqlite
/// already loaded (the library of the SQLitePCLRaw e_sqlite3 bundle that the Microsoft.Data.Sqlite package brings).
/// They only copy a value into a prepared statement and return at once, never wait or call back, so they skip the GC
/// transition and the safe-handle bookkeeping of the SQLitePCL wrappers: an ingest makes millions of them, and that
/// overhead was a large part of writing a row.
/// </summary>
internal static class NativeSqlite
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies a bound BLOB before the call returns.</summary>
    private static readonly IntPtr Transient = new(-1);

    public static int BindInt64(IntPtr statement, int index, long value) => sqlite3_bind_int64(statement, index, value);

    public static int BindDouble(IntPtr statement, int index, double value) => sqlite3_bind_double(statement, index, value);

    public static int BindBlob(IntPtr statement, int index, ReadOnlySpan<byte> value) =>
        sqlite3_bind_blob(statement, index, ref MemoryMarshal.GetReference(value), value.Length, Transient);

    public static int Reset(IntPtr statement) => sqlite3_reset(statement);

    public static int Changes(IntPtr database) => sqlite3_changes(database);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_bind_double(IntPtr statement, int index, double value);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_bind_blob(IntPtr statement, int index, ref byte value, int length, IntPtr destructor);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_reset(IntPtr statement);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_changes(IntPtr database);
}

using Microsoft.Data.Sqlite;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>Writes versions through one prepared INSERT, binding each row by position.</summary>
internal sealed class SqliteVersionWriter(SqliteConnection connection, FeatureGroup group) : VersionWriter
{
    private readonly SqliteBulkInsert _insert = new(
        connection, group.Table, [.. group.KeyColumns, EventTimeColumn, .. group.Columns.Select(c => c.Name)]);
    private readonly bool _pairKey = group.KeyColumns.Count == 2;
    private readonly ValueColumn[] _columns = [.. group.Columns];
    private readonly byte[] _packed = new byte[PackedCounts.ByteLength(group.Width)];

    public override void Write(EntityKey key, long time, ReadOnlySpan<double> values)
    {
        var at = 0;
        _insert.Bind(at++, key.First);
        if (_pairKey) _insert.Bind(at++, key.Second);
        _insert.Bind(at++, time);
        foreach (var column in _columns)
        {
            if (column.IsPackedCounts)
            {
                // SQLite copies a bound BLOB, so one buffer serves every row.
                var bytes = _packed.AsSpan(0, PackedCounts.ByteLength(column.Width));
                PackedCounts.Pack(values.Slice(column.Slot, column.Width), bytes);
                _insert.Bind(at++, bytes);
            }
            else
            {
                _insert.Bind(at++, values[column.Slot]);
            }
        }

        _insert.Insert();
    }

    // Each row is inserted by Write: nothing is pending.
    public override void Complete()
    {
    }

    public override void Dispose() => _insert.Dispose();
}

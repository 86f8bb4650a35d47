using Npgsql;
using NpgsqlTypes;
using Solutions.PaymentClassification.Features.Groups;
using static Solutions.PaymentClassification.Features.Storage.FeatureStoreSchema;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>Writes versions with one binary COPY, which <see cref="Complete"/> ends.</summary>
internal sealed class PostgresVersionWriter(NpgsqlConnection connection, FeatureGroup group) : VersionWriter
{
    private readonly NpgsqlBinaryImporter _copy = connection.BeginBinaryImport(
        $"COPY {group.Table} ({string.Join(", ", [.. group.KeyColumns, EventTimeColumn, .. group.Columns.Select(c => c.Name)])}) " +
        "FROM STDIN (FORMAT BINARY)");
    private readonly bool _pairKey = group.KeyColumns.Count == 2;
    private readonly ValueColumn[] _columns = [.. group.Columns];

    public override void Write(EntityKey key, long time, ReadOnlySpan<double> values)
    {
        _copy.StartRow();
        _copy.Write(key.First, NpgsqlDbType.Bigint);
        if (_pairKey) _copy.Write(key.Second, NpgsqlDbType.Bigint);
        _copy.Write(time, NpgsqlDbType.Bigint);
        foreach (var column in _columns)
        {
            if (column.IsPackedCounts)
            {
                var packed = new byte[PackedCounts.ByteLength(column.Width)];
                PackedCounts.Pack(values.Slice(column.Slot, column.Width), packed);
                _copy.Write(packed, NpgsqlDbType.Bytea);
            }
            else
            {
                _copy.Write(values[column.Slot], NpgsqlDbType.Double);
            }
        }
    }

    public override void Complete() => _copy.Complete();

    public override void Dispose() => _copy.Dispose();
}

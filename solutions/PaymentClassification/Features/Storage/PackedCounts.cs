using System.Buffers.Binary;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// Counts stored as one binary value (SQLite BLOB, PostgreSQL BYTEA): each a 32-bit little-endian integer, in slot
/// order. Counts are whole numbers, so the round trip through int32 gives back the same doubles.
/// </summary>
internal static class PackedCounts
{
    public static int ByteLength(int width) => width * sizeof(int);

    public static void Pack(ReadOnlySpan<double> counts, Span<byte> destination)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            var count = counts[i];
            if (count is < 0 or > int.MaxValue || count != Math.Floor(count))
            {
                throw new InvalidOperationException($"count slot {i} holds {count}, not a whole number from 0 to {int.MaxValue}");
            }

            BinaryPrimitives.WriteInt32LittleEndian(destination[(i * sizeof(int))..], (int)count);
        }
    }

    /// <exception cref="InvalidDataException">The value does not hold exactly <c>counts.Length</c> counts.</exception>
    public static void Unpack(ReadOnlySpan<byte> packed, Span<double> counts, string column)
    {
        if (packed.Length != ByteLength(counts.Length))
        {
            throw new InvalidDataException(
                $"column {column}: expected {ByteLength(counts.Length)} bytes ({counts.Length} counts), got {packed.Length}");
        }

        for (var i = 0; i < counts.Length; i++) counts[i] = BinaryPrimitives.ReadInt32LittleEndian(packed[(i * sizeof(int))..]);
    }
}

using System.Buffers;

namespace Solutions.Shared.Serving.Buffers;

/// <summary>
/// A growable byte buffer rented from the shared pool; dispose to give the array back. Request bodies are read
/// into one and responses written into one, so a request allocates no arrays of its own.
/// </summary>
public sealed class PooledBuffer(int initialCapacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 1));
    private int _count;

    /// <summary>The number of bytes written.</summary>
    public int Count => _count;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _count);

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _count);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _count);
        _count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_count);
    }

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _count = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_array.Length - _count >= needed)
        {
            return;
        }
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _count + needed));
        _array.AsSpan(0, _count).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_array);
        _array = grown;
    }
}

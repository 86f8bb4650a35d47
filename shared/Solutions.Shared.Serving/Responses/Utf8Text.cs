using System.Globalization;
using System.Text;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Shared.Serving.Responses;

/// <summary>Writes text and invariant-culture values as UTF-8 straight into a pooled buffer.</summary>
internal static class Utf8Text
{
    public static void Write(PooledBuffer buffer, ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(buffer.GetSpan(utf8.Length));
        buffer.Advance(utf8.Length);
    }

    public static void Write(PooledBuffer buffer, byte single)
    {
        buffer.GetSpan(1)[0] = single;
        buffer.Advance(1);
    }

    public static void Write(PooledBuffer buffer, ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        buffer.Advance(written);
    }

    /// <summary>Formats with the type's default format (for double and float: shortest round-trip) unless one is given.</summary>
    public static void Write<T>(PooledBuffer buffer, T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var size = 32;
        while (true)
        {
            var span = buffer.GetSpan(size);
            if (value.TryFormat(span, out var written, format, CultureInfo.InvariantCulture))
            {
                buffer.Advance(written);
                return;
            }
            size = span.Length * 2;
        }
    }
}

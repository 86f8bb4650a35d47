using System.Buffers.Binary;
using SkiaSharp;

namespace Solutions.Shared.Reporting.Tests.Charts;

/// <summary>Reads what the tests check in a PNG: the signature, the IHDR size, and decoded pixels.</summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] png) => png.Length >= 8 && png.AsSpan(0, 8).SequenceEqual(Signature);

    /// <summary>IHDR is always the first chunk: 4-byte length, "IHDR", then big-endian width and height.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(HasSignature(png), "not a PNG: the 8-byte signature is missing");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Counts pixels inside <paramref name="region"/> that differ between two same-size images.</summary>
    public static int DifferingPixels(byte[] first, byte[] second, SKRectI region)
    {
        using var a = Decode(first);
        using var b = Decode(second);
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        return Pixels(region).Count(p => a.GetPixel(p.X, p.Y) != b.GetPixel(p.X, p.Y));
    }

    /// <summary>Counts pixels inside <paramref name="region"/> clearly darker than the white background (text is black).</summary>
    public static int DarkPixels(byte[] png, SKRectI region)
    {
        using var bitmap = Decode(png);
        return Pixels(region).Count(p =>
        {
            var pixel = bitmap.GetPixel(p.X, p.Y);
            return pixel.Red + pixel.Green + pixel.Blue < 3 * 128;
        });
    }

    private static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new InvalidOperationException("SkiaSharp could not decode the PNG.");

    private static IEnumerable<(int X, int Y)> Pixels(SKRectI region)
    {
        for (var y = region.Top; y < region.Bottom; y++)
        {
            for (var x = region.Left; x < region.Right; x++)
            {
                yield return (x, y);
            }
        }
    }
}

using System.Buffers.Binary;

namespace Solutions.Shared.Testing;

/// <summary>Checks that a file is a PNG image: the 8-byte signature, then an IHDR chunk with a non-empty size.</summary>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) AssertValid(string path)
    {
        Assert.True(File.Exists(path), $"{path} does not exist");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1_000, $"{path} holds only {bytes.Length} bytes");
        Assert.Equal(Signature, bytes[..8]);
        // The first chunk: 4-byte length (13), "IHDR", width and height as big-endian 32-bit integers.
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8)));
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.True(width > 100 && height > 100, $"{path} is {width}x{height}");
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);
        return (width, height);
    }
}

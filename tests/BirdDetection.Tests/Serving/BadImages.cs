using System.Buffers.Binary;
using SkiaSharp;

namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>Request bodies a detector must refuse, made from a good JPEG or drawn with a seed.</summary>
internal static class BadImages
{
    /// <summary>A JPEG's start-of-image marker, then bytes that are no JPEG segment.</summary>
    public static byte[] Corrupt() => [0xFF, 0xD8, 0xFF, .. "this is not the rest of a JPEG file"u8];

    /// <summary>The first 60% of a good JPEG: headers intact, the scan cut short.</summary>
    public static byte[] Truncated(byte[] jpeg) => jpeg[..(jpeg.Length * 6 / 10)];

    public static byte[] WebP() => TestImages.Encode(TestImages.Bird(64, 48, seed: 9), SKEncodedImageFormat.Webp, quality: 80);

    /// <summary>
    /// A small JPEG whose frame header (SOF0) declares <paramref name="width"/> x <paramref name="height"/>: a decoder that
    /// trusted it would allocate width x height x 4 bytes before noticing the data is missing.
    /// </summary>
    public static byte[] Declaring(int width, int height)
    {
        var jpeg = TestImages.Encode(TestImages.Solid(16, 16, SKColors.Olive), SKEncodedImageFormat.Jpeg);
        // Walk the marker segments after SOI (FF D8): FF, marker, 2-byte big-endian length that counts itself.
        for (var at = 2; at + 4 < jpeg.Length && jpeg[at] == 0xFF; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            if (jpeg[at + 1] != 0xC0) continue;
            // SOF0: length (2), sample precision (1), height (2), width (2).
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 5), checked((ushort)height));
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 7), checked((ushort)width));
            return jpeg;
        }
        throw new InvalidOperationException("SkiaSharp wrote no baseline (SOF0) JPEG frame header");
    }
}

using System.Buffers.Binary;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// RLE Lossless decoding (PS3.5 Annex G): a 64-byte header of up to 15 segment offsets, one segment per byte
/// plane (most significant byte first, then per sample), each segment PackBits-style runs.
/// </summary>
internal static class RleCodec
{
    /// <summary>Decodes one frame into <paramref name="destination"/>: native little-endian, samples interleaved.</summary>
    public static void DecodeFrame(ReadOnlySpan<byte> fragment, Span<byte> destination, int pixels, int bytesPerSample,
        int samplesPerPixel, Func<string, Exception> error)
    {
        if (fragment.Length < 64) throw error($"an RLE frame of {fragment.Length} bytes is shorter than its 64-byte header");
        var segments = BinaryPrimitives.ReadUInt32LittleEndian(fragment);
        var expected = bytesPerSample * samplesPerPixel;
        if (segments != expected)
            throw error($"the RLE header lists {segments} segments; {samplesPerPixel} sample(s) of {bytesPerSample} byte(s) need {expected}");

        var plane = new byte[pixels];
        for (var s = 0; s < expected; s++)
        {
            var start = BinaryPrimitives.ReadUInt32LittleEndian(fragment[(4 + 4 * s)..]);
            var end = s + 1 < expected ? BinaryPrimitives.ReadUInt32LittleEndian(fragment[(8 + 4 * s)..]) : (uint)fragment.Length;
            if (start < 64 || start > end || end > fragment.Length)
                throw error($"RLE segment {s + 1} spans bytes {start}..{end} outside the {fragment.Length}-byte frame");
            var produced = DecodeSegment(fragment[(int)start..(int)end], plane);
            if (produced < pixels)
                throw error($"RLE segment {s + 1} decodes to {produced} bytes, the frame needs {pixels}");

            var sample = s / bytesPerSample;
            var littleEndianByte = bytesPerSample - 1 - s % bytesPerSample;
            var stride = samplesPerPixel * bytesPerSample;
            var first = sample * bytesPerSample + littleEndianByte;
            if (stride == 1) plane.CopyTo(destination);
            else
                for (var p = 0; p < pixels; p++) destination[p * stride + first] = plane[p];
        }
    }

    /// <summary>Decodes PackBits runs until the output is full or the input ends; returns the bytes produced.</summary>
    private static int DecodeSegment(ReadOnlySpan<byte> input, Span<byte> output)
    {
        int read = 0, written = 0;
        while (written < output.Length && read < input.Length)
        {
            var control = (sbyte)input[read++];
            if (control >= 0)
            {
                // Literal run of control + 1 bytes; a run past the frame is clipped (some encoders pad).
                var count = Math.Min(control + 1, Math.Min(input.Length - read, output.Length - written));
                input.Slice(read, count).CopyTo(output[written..]);
                read += count;
                written += count;
            }
            else if (control != -128 && read < input.Length)
            {
                var count = Math.Min(1 - control, output.Length - written);
                output.Slice(written, count).Fill(input[read++]);
                written += count;
            }
        }
        return written;
    }
}

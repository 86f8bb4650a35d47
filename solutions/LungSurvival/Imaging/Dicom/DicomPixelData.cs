using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// The image pixel module of a data set and its frames: native pixel data of 1, 8, 16 or 32 bits, or RLE
/// Lossless. Stored values are masked to Bits Stored (sign-extended when Pixel Representation is 1); rescaled
/// values apply Rescale Slope and Intercept (Hounsfield units for CT).
/// </summary>
public sealed class DicomPixelData
{
    private readonly DicomElement pixelElement;
    private readonly string source;
    private readonly bool isEncapsulated;

    private DicomPixelData(DicomDataset dataset, DicomElement pixelElement, bool isEncapsulated)
    {
        this.pixelElement = pixelElement;
        this.isEncapsulated = isEncapsulated;
        source = dataset.Source;
        Rows = dataset.GetInt(DicomTag.Rows);
        Columns = dataset.GetInt(DicomTag.Columns);
        NumberOfFrames = dataset.GetIntOrNull(DicomTag.NumberOfFrames) ?? 1;
        SamplesPerPixel = dataset.GetIntOrNull(DicomTag.SamplesPerPixel) ?? 1;
        BitsAllocated = dataset.GetInt(DicomTag.BitsAllocated);
        BitsStored = dataset.GetIntOrNull(DicomTag.BitsStored) ?? BitsAllocated;
        HighBit = dataset.GetIntOrNull(DicomTag.HighBit) ?? BitsStored - 1;
        IsSigned = (dataset.GetIntOrNull(DicomTag.PixelRepresentation) ?? 0) == 1;
        PlanarConfiguration = dataset.GetIntOrNull(DicomTag.PlanarConfiguration) ?? 0;
        RescaleSlope = dataset.GetDoubleOrNull(DicomTag.RescaleSlope) ?? 1.0;
        RescaleIntercept = dataset.GetDoubleOrNull(DicomTag.RescaleIntercept) ?? 0.0;
        Validate();
    }

    public int Rows { get; }

    public int Columns { get; }

    public int NumberOfFrames { get; }

    public int SamplesPerPixel { get; }

    public int BitsAllocated { get; }

    public int BitsStored { get; }

    public int HighBit { get; }

    /// <summary>Pixel Representation 1: stored values are two's complement.</summary>
    public bool IsSigned { get; }

    /// <summary>0: samples interleaved per pixel; 1: one plane per sample (native colour data only).</summary>
    public int PlanarConfiguration { get; }

    public double RescaleSlope { get; }

    public double RescaleIntercept { get; }

    /// <summary>Values in one frame: rows x columns x samples.</summary>
    public int ValuesPerFrame => Rows * Columns * SamplesPerPixel;

    public static DicomPixelData From(DicomDataset dataset, TransferSyntax syntax)
    {
        var element = dataset.GetElementOrNull(DicomTag.PixelData)
            ?? throw new DicomFormatException(dataset.Source, -1, DicomTag.PixelData, "the data set has no pixel data");
        if (element.Fragments is not null && !syntax.IsEncapsulated)
            throw new DicomFormatException(dataset.Source, element.Offset, DicomTag.PixelData,
                $"encapsulated pixel data in the native transfer syntax {syntax.Uid}");
        if (element.Fragments is null && syntax.IsEncapsulated)
            throw new DicomFormatException(dataset.Source, element.Offset, DicomTag.PixelData,
                $"native pixel data in the encapsulated transfer syntax {syntax.Uid}");
        return new DicomPixelData(dataset, element, syntax.IsEncapsulated);
    }

    /// <summary>Stored values of one frame, row by row (samples interleaved), masked and sign-extended.</summary>
    public int[] GetStoredValues(int frame)
    {
        var values = new int[ValuesPerFrame];
        ReadStoredValues(frame, values);
        return values;
    }

    public void ReadStoredValues(int frame, Span<int> destination)
    {
        CheckDestination(frame, destination.Length);
        if (BitsAllocated == 1)
        {
            ReadBits(frame, destination);
            return;
        }
        var bytes = FrameBytes(frame);
        var shift = HighBit + 1 - BitsStored;
        var mask = BitsStored == 32 ? uint.MaxValue : (1u << BitsStored) - 1;
        var signBit = 1u << (BitsStored - 1);
        var count = ValuesPerFrame;
        for (var i = 0; i < count; i++)
        {
            var raw = BitsAllocated switch
            {
                8 => bytes[i],
                16 => BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2)),
                _ => BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i * 4, 4)),
            };
            var stored = (raw >> shift) & mask;
            destination[i] = IsSigned && (stored & signBit) != 0 ? (int)(stored | ~mask) : (int)stored;
        }
        ReorderPlanes(destination);
    }

    /// <summary>Values of one frame with Rescale Slope and Intercept applied (Hounsfield units for CT).</summary>
    public float[] GetRescaledValues(int frame)
    {
        var values = new float[ValuesPerFrame];
        ReadRescaledValues(frame, values);
        return values;
    }

    public void ReadRescaledValues(int frame, Span<float> destination)
    {
        CheckDestination(frame, destination.Length);
        var slope = (float)RescaleSlope;
        var intercept = (float)RescaleIntercept;
        // The common CT layouts (16-bit words, all bits stored) are converted straight from the buffer.
        if (BitsAllocated == 16 && BitsStored == 16 && HighBit == 15 && SamplesPerPixel == 1 && BitConverter.IsLittleEndian)
        {
            var bytes = FrameBytes(frame);
            if (IsSigned)
            {
                var words = MemoryMarshal.Cast<byte, short>(bytes[..(ValuesPerFrame * 2)]);
                for (var i = 0; i < words.Length; i++) destination[i] = words[i] * slope + intercept;
            }
            else
            {
                var words = MemoryMarshal.Cast<byte, ushort>(bytes[..(ValuesPerFrame * 2)]);
                for (var i = 0; i < words.Length; i++) destination[i] = words[i] * slope + intercept;
            }
            return;
        }
        var stored = new int[ValuesPerFrame];
        ReadStoredValues(frame, stored);
        for (var i = 0; i < stored.Length; i++) destination[i] = stored[i] * slope + intercept;
    }

    /// <summary>The bytes of one frame in native little-endian layout (RLE frames are decoded).</summary>
    private ReadOnlySpan<byte> FrameBytes(int frame)
    {
        var frameLength = ValuesPerFrame * (BitsAllocated / 8);
        if (!isEncapsulated) return pixelElement.Bytes.Span.Slice(frame * frameLength, frameLength);

        var fragments = pixelElement.Fragments!;
        ReadOnlySpan<byte> encoded;
        if (fragments.Count - 1 == NumberOfFrames) encoded = fragments[frame + 1].Span;
        else if (NumberOfFrames == 1) encoded = Concatenate(fragments);
        else
            throw Error($"{fragments.Count - 1} fragments for {NumberOfFrames} frames; RLE needs one fragment per frame (PS3.5 A.4.2)");
        // PackBits turns two input bytes into at most 128 output bytes: a longer frame cannot be in this fragment,
        // so a hostile header cannot make the reader allocate more than 64 times the fragment.
        if (frameLength > 64L * encoded.Length)
            throw Error($"frame {frame + 1}: {encoded.Length} RLE bytes cannot hold a {frameLength}-byte frame");
        var decoded = new byte[frameLength];
        RleCodec.DecodeFrame(encoded, decoded, Rows * Columns, BitsAllocated / 8, SamplesPerPixel, problem => Error($"frame {frame + 1}: {problem}"));
        return decoded;
    }

    private void ReadBits(int frame, Span<int> destination)
    {
        var bits = pixelElement.Bytes.Span;
        var first = (long)frame * ValuesPerFrame;
        for (var i = 0; i < destination.Length; i++)
        {
            var index = first + i;
            destination[i] = (bits[(int)(index >> 3)] >> (int)(index & 7)) & 1;
        }
    }

    private void ReorderPlanes(Span<int> values)
    {
        if (SamplesPerPixel == 1 || PlanarConfiguration == 0 || isEncapsulated) return;
        var planar = values.ToArray();
        var pixels = Rows * Columns;
        for (var s = 0; s < SamplesPerPixel; s++)
            for (var p = 0; p < pixels; p++)
                values[p * SamplesPerPixel + s] = planar[s * pixels + p];
    }

    private static byte[] Concatenate(IReadOnlyList<ReadOnlyMemory<byte>> fragments)
    {
        var total = 0L;
        for (var i = 1; i < fragments.Count; i++) total += fragments[i].Length;
        var joined = new byte[total];
        var at = 0;
        for (var i = 1; i < fragments.Count; i++)
        {
            fragments[i].Span.CopyTo(joined.AsSpan(at));
            at += fragments[i].Length;
        }
        return joined;
    }

    private void CheckDestination(int frame, int length)
    {
        if ((uint)frame >= (uint)NumberOfFrames)
            throw new ArgumentOutOfRangeException(nameof(frame), $"frame {frame} of {NumberOfFrames} (frames count from 0)");
        if (length < ValuesPerFrame)
            throw new ArgumentException($"the destination holds {length} values, a frame has {ValuesPerFrame}");
    }

    private void Validate()
    {
        if (Rows <= 0 || Columns <= 0) throw Error($"image of {Rows} rows x {Columns} columns");
        if (NumberOfFrames <= 0) throw Error($"Number of Frames is {NumberOfFrames}");
        if (SamplesPerPixel is < 1 or > 4) throw Error($"Samples per Pixel is {SamplesPerPixel}");
        if (BitsAllocated is not (1 or 8 or 16 or 32)) throw Error($"Bits Allocated {BitsAllocated} is not 1, 8, 16 or 32");
        if (BitsStored < 1 || BitsStored > BitsAllocated || HighBit >= BitsAllocated || HighBit < BitsStored - 1)
            throw Error($"Bits Stored {BitsStored} / High Bit {HighBit} do not fit Bits Allocated {BitsAllocated}");
        if (!double.IsFinite(RescaleSlope) || !double.IsFinite(RescaleIntercept)) throw Error("rescale slope or intercept is not finite");
        if (isEncapsulated && BitsAllocated == 1) throw Error("1-bit pixel data cannot be RLE encoded");

        var values = (long)Rows * Columns * SamplesPerPixel;
        if (values * NumberOfFrames > Array.MaxLength) throw Error($"{values * NumberOfFrames} values exceed what one array holds");
        if (isEncapsulated) return;
        var needed = BitsAllocated == 1 ? (values * NumberOfFrames + 7) / 8 : values * NumberOfFrames * (BitsAllocated / 8);
        if (pixelElement.Bytes.Length < needed)
            throw Error($"pixel data holds {pixelElement.Bytes.Length} bytes; {NumberOfFrames} frame(s) of {Rows} x {Columns} x {SamplesPerPixel} at {BitsAllocated} bits need {needed}");
    }

    private DicomFormatException Error(string problem) => new(source, pixelElement.Offset, DicomTag.PixelData, problem);
}

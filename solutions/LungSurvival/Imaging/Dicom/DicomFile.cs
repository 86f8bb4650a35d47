using System.Buffers.Binary;
using System.IO.Compression;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// A DICOM file (PS3.10): the file meta information and the data set. <see cref="Read(string)"/> takes files with
/// or without the 128-byte preamble and "DICM" prefix, and bare data sets without a meta group (read as implicit
/// or explicit VR little endian, whichever the first element shows).
/// </summary>
public sealed class DicomFile
{
    /// <summary>Inflating a deflated data set stops here, so a small hostile file cannot claim unbounded memory.</summary>
    public const int MaxInflatedBytes = 1 << 30;

    /// <summary>Sequences nested deeper than this are refused: real files nest a few levels, hostile ones would exhaust the stack.</summary>
    public const int MaxSequenceDepth = 64;

    public DicomFile(DicomDataset fileMetaInformation, DicomDataset dataset, TransferSyntax transferSyntax, string source)
    {
        FileMetaInformation = fileMetaInformation;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        Source = source;
    }

    /// <summary>Group 0002 elements; empty for a bare data set.</summary>
    public DicomDataset FileMetaInformation { get; }

    public DicomDataset Dataset { get; }

    public TransferSyntax TransferSyntax { get; }

    /// <summary>The path the file was read from (or the name given for a buffer).</summary>
    public string Source { get; }

    /// <summary>Reads the whole file into one buffer and parses it; values stay slices of that buffer.</summary>
    public static DicomFile Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Parses a file held in memory; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="DicomFormatException">The bytes break the encoding rules.</exception>
    /// <exception cref="DicomUnsupportedTransferSyntaxException">The transfer syntax is not one this reader decodes.</exception>
    public static DicomFile Read(byte[] bytes, string source)
    {
        var parser = new DicomParser(bytes, source, 0);
        var hasPreamble = bytes.Length >= 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8);
        parser.Position = hasPreamble ? 132 : 0;
        var startsWithMeta = bytes.Length >= parser.Position + 8
            && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(parser.Position)) == 0x0002;

        if (!hasPreamble && !startsWithMeta) return ReadBareDataset(bytes, source, parser);
        if (!startsWithMeta)
            throw new DicomFormatException(source, parser.Position, null, "the \"DICM\" prefix is not followed by the file meta group (0002,xxxx)");

        var meta = parser.ReadMetaGroup();
        var uid = meta.GetStringOrNull(DicomTag.TransferSyntaxUid)
            ?? throw new DicomFormatException(source, parser.Position, DicomTag.TransferSyntaxUid, "the file meta group has no Transfer Syntax UID");
        var syntax = TransferSyntax.Find(uid) ?? throw new DicomUnsupportedTransferSyntaxException(source, uid);

        if (!syntax.IsDeflated)
            return new DicomFile(meta, parser.ReadDataset(syntax.IsExplicitVR, syntax.IsBigEndian), syntax, source);

        var inflatedName = $"{source} (inflated data set after byte {parser.Position})";
        var inflated = Inflate(bytes, parser.Position, source);
        var dataset = new DicomParser(inflated, inflatedName, 0).ReadDataset(isExplicitVR: true, isBigEndian: false);
        return new DicomFile(meta, dataset, syntax, source);
    }

    /// <summary>The image pixel module and pixel data of this file, for decoding frames.</summary>
    public DicomPixelData GetPixelData() => DicomPixelData.From(Dataset, TransferSyntax);

    private static DicomFile ReadBareDataset(byte[] bytes, string source, DicomParser parser)
    {
        if (bytes.Length < 8)
            throw new DicomFormatException(source, 0, null, $"{bytes.Length} bytes is too short for a DICOM file");
        var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
        // A bare data set starts with a low group number (0x0008 in practice); anything else is not DICOM.
        if (group is 0 or > 0x0100)
            throw new DicomFormatException(source, 0, null, "neither a \"DICM\" prefix at byte 128 nor a data element at byte 0: not a DICOM file");
        var isExplicit = DicomVRCodes.TryParse(bytes[4], bytes[5], out _);
        var syntax = isExplicit ? TransferSyntax.ExplicitVRLittleEndian : TransferSyntax.ImplicitVRLittleEndian;
        return new DicomFile(new DicomDataset(source, System.Text.Encoding.ASCII),
            parser.ReadDataset(isExplicit, isBigEndian: false), syntax, source);
    }

    private static byte[] Inflate(byte[] bytes, int offset, string source)
    {
        // Raw deflate (RFC 1951) without zlib header, PS3.5 A.5.
        using var input = new DeflateStream(new MemoryStream(bytes, offset, bytes.Length - offset, writable: false), CompressionMode.Decompress);
        var buffer = new byte[Math.Max(4096, Math.Min(MaxInflatedBytes, (bytes.Length - offset) * 4L))];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length == MaxInflatedBytes)
                        throw new DicomFormatException(source, offset, null, $"the deflated data set inflates to more than {MaxInflatedBytes} bytes");
                    Array.Resize(ref buffer, (int)Math.Min(MaxInflatedBytes, buffer.Length * 2L));
                }
                var read = input.Read(buffer, length, buffer.Length - length);
                if (read == 0) break;
                length += read;
            }
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException(source, offset, null, $"the deflated data set is corrupt: {e.Message}");
        }
        Array.Resize(ref buffer, length);
        return buffer;
    }
}

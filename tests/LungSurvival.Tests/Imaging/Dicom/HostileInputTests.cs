using System.Buffers.Binary;
using System.Text;
using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Dicom;

/// <summary>Broken and hostile files end in a DicomFormatException naming file, offset and tag; nothing else escapes.</summary>
public sealed class HostileInputTests
{
    private static byte[] ValidFile() => DicomWriter.ToBytes(new DicomDataset()
        .Set(DicomTag.SopClassUid, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7")
        .Set(DicomTag.SopInstanceUid, DicomVR.UI, "1.2.3")
        .Set(DicomTag.PatientId, DicomVR.LO, "P1"));

    /// <summary>A valid file followed by <paramref name="tail"/>; returns the tail's offset too.</summary>
    private static (byte[] Bytes, int TailOffset) WithTail(params byte[][] tail)
    {
        var head = ValidFile();
        var bytes = head.Concat(tail.SelectMany(b => b)).ToArray();
        return (bytes, head.Length);
    }

    private static byte[] Header(ushort group, ushort element, string vr, uint length)
    {
        var longForm = vr is "OB" or "OW" or "SQ" or "UN" or "UT";
        var bytes = new byte[longForm ? 12 : 8];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, group);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), element);
        Encoding.ASCII.GetBytes(vr).CopyTo(bytes, 4);
        if (longForm) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), length);
        else BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)length);
        return bytes;
    }

    private static byte[] ItemTag(ushort element, uint length)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), element);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), length);
        return bytes;
    }

    private static DicomFormatException Fails(byte[] bytes) =>
        Assert.Throws<DicomFormatException>(() => DicomFile.Read(bytes, "hostile.dcm"));

    [Fact]
    public void An_absurd_length_on_a_non_sequence_names_the_element_and_offset()
    {
        var (bytes, at) = WithTail(Header(0x0011, 0x1010, "OB", 0xFFFFFFF0), new byte[16]);
        var error = Fails(bytes);
        Assert.Equal((at, new DicomTag(0x0011, 0x1010)), (error.Offset, error.Tag));
        Assert.Equal("hostile.dcm", error.FileName);
        Assert.Contains("value length 4294967280 exceeds the 16 bytes left", error.Message);
    }

    [Fact]
    public void A_length_past_the_end_of_file_fails_at_that_element()
    {
        var (bytes, at) = WithTail(Header(0x0010, 0x0010, "PN", 10), Encoding.ASCII.GetBytes("Doe^J"));
        var error = Fails(bytes);
        Assert.Equal((at, DicomTag.PatientName), (error.Offset, error.Tag));
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_fails_cleanly_or_still_parses()
    {
        var bytes = File.ReadAllBytes(TestPaths.Data("multiframe-explicit-le.dcm"));
        for (var length = 0; length < bytes.Length; length++)
        {
            try
            {
                DicomFile.Read(bytes[..length], "cut.dcm").GetPixelData().GetStoredValues(1);
                Assert.Fail($"a file cut at {length} of {bytes.Length} bytes read as complete");
            }
            catch (DicomFormatException e)
            {
                Assert.InRange(e.Offset, -1, length);
            }
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_fails_and_within_it_reads()
    {
        static byte[] Nested(int depth, bool closed)
        {
            var parts = new List<byte[]>();
            for (var i = 0; i < depth; i++) parts.AddRange([Header(0x0040, 0xA730, "SQ", 0xFFFFFFFF), ItemTag(0xE000, 0xFFFFFFFF)]);
            if (closed)
                for (var i = 0; i < depth; i++) parts.AddRange([ItemTag(0xE00D, 0), ItemTag(0xE0DD, 0)]);
            return WithTail([.. parts]).Bytes;
        }

        var error = Fails(Nested(200, closed: false));
        Assert.Contains($"nested deeper than {DicomFile.MaxSequenceDepth}", error.Message);

        var ds = DicomFile.Read(Nested(DicomFile.MaxSequenceDepth, closed: true), "deep.dcm").Dataset;
        var depth = 0;
        for (var item = ds; item.GetSequence(new DicomTag(0x0040, 0xA730)) is [var next]; item = next) depth++;
        Assert.Equal(DicomFile.MaxSequenceDepth, depth);

        Assert.Contains("without an item delimiter", Fails(Nested(3, closed: false)).Message);
    }

    [Fact]
    public void Wrong_vrs_misplaced_items_and_undefined_lengths_are_reported()
    {
        var (badVr, at) = WithTail(Header(0x0010, 0x0020, "zz", 2), [0x41, 0x42]);
        var error = Fails(badVr);
        Assert.Equal((at, DicomTag.PatientId), (error.Offset, error.Tag));
        Assert.Contains("invalid VR", error.Message);

        Assert.Contains("item or delimiter tag where a data element", Fails(WithTail(ItemTag(0xE000, 0)).Bytes).Message);
        // UT has a 32-bit length, so it can carry the undefined length 0xFFFFFFFF that only SQ, UN and pixel data may use.
        Assert.Contains("undefined length on a UT element", Fails(WithTail(Header(0x0008, 0x2111, "UT", 0xFFFFFFFF)).Bytes).Message);
        Assert.Contains("expected an item (FFFE,E000)",
            Fails(WithTail(Header(0x0040, 0xA730, "SQ", 8), Header(0x0010, 0x0020, "LO", 0)).Bytes).Message);
        Assert.Contains("item length 100 exceeds",
            Fails(WithTail(Header(0x0040, 0xA730, "SQ", 8), ItemTag(0xE000, 100)).Bytes).Message);
    }

    [Fact]
    public void Short_pixel_data_and_corrupt_rle_fail_when_decoded()
    {
        var ds = new DicomDataset()
            .Set(DicomTag.SopClassUid, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7").Set(DicomTag.SopInstanceUid, DicomVR.UI, "1.2.3")
            .Set(DicomTag.Rows, DicomVR.US, 4).Set(DicomTag.Columns, DicomVR.US, 4)
            .Set(DicomTag.BitsAllocated, DicomVR.US, 16).Set(DicomTag.BitsStored, DicomVR.US, 16).Set(DicomTag.HighBit, DicomVR.US, 15)
            .SetBytes(DicomTag.PixelData, DicomVR.OW, new byte[30]);
        var file = DicomFile.Read(DicomWriter.ToBytes(ds), "short.dcm");
        var error = Assert.Throws<DicomFormatException>(file.GetPixelData);
        Assert.Equal(DicomTag.PixelData, error.Tag);
        Assert.Contains("pixel data holds 30 bytes", error.Message);

        var rle = File.ReadAllBytes(TestPaths.Data("multiframe-rle.dcm"));
        var header = rle.AsSpan().IndexOf("\x02\x00\x00\x00\x40\x00\x00\x00"u8); // first frame: 2 segments, the first at 64
        Assert.True(header > 0);
        rle[header] = 3; // claims three segments: 16-bit grey needs two
        var corrupt = DicomFile.Read(rle, "corrupt-rle.dcm").GetPixelData();
        Assert.Contains("lists 3 segments", Assert.Throws<DicomFormatException>(() => corrupt.GetStoredValues(0)).Message);
    }

    [Fact]
    public void A_jpeg_transfer_syntax_is_refused_naming_its_uid()
    {
        var bytes = ValidFile();
        var explicitUid = Encoding.ASCII.GetBytes(TransferSyntax.ExplicitVRLittleEndian.Uid + "\0");
        var at = bytes.AsSpan().IndexOf(explicitUid);
        // Same length (20 bytes): JPEG Lossless 1.2.840.10008.1.2.4.57 shortened to a 20-byte JPEG UID is not
        // possible, so 1.2.840.10008.1.2.4 + NUL stands for the JPEG family here, and the real UID is checked below.
        Encoding.ASCII.GetBytes("1.2.840.10008.1.2.4\0").CopyTo(bytes, at);
        var refused = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomFile.Read(bytes, "jpeg.dcm"));
        Assert.Equal("1.2.840.10008.1.2.4", refused.TransferSyntaxUid);
        Assert.Contains("jpeg.dcm: transfer syntax 1.2.840.10008.1.2.4 is not supported", refused.Message);
        Assert.Null(TransferSyntax.Find("1.2.840.10008.1.2.4.50"));
    }

    [Fact]
    public void Thousands_of_random_mutations_parse_or_fail_with_a_format_error()
    {
        var sources = Directory.GetFiles(TestPaths.DicomTestData, "*.dcm").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToList();
        var random = new Random(20240501);
        int parsed = 0, refused = 0, formatErrors = 0;
        for (var iteration = 0; iteration < 4000; iteration++)
        {
            var original = sources[random.Next(sources.Count)];
            var bytes = (byte[])original.Clone();
            switch (random.Next(4))
            {
                case 0:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                case 1:
                    for (var k = random.Next(1, 5); k > 0; k--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    // A length-sized run of 0xFF bytes: undefined or huge lengths.
                    var start = random.Next(bytes.Length - 4);
                    bytes.AsSpan(start, 4).Fill(0xFF);
                    break;
                default:
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    bytes[random.Next(132, bytes.Length)] = (byte)random.Next(256);
                    break;
            }
            try
            {
                var file = DicomFile.Read(bytes, $"mutation-{iteration}.dcm");
                _ = DicomDump.Format(file);
                if (file.Dataset.Contains(DicomTag.PixelData))
                {
                    var pixels = file.GetPixelData();
                    for (var f = 0; f < pixels.NumberOfFrames; f++) pixels.GetRescaledValues(f);
                }
                parsed++;
            }
            catch (DicomFormatException e)
            {
                Assert.StartsWith($"mutation-{iteration}.dcm", e.Message);
                formatErrors++;
            }
            catch (DicomUnsupportedTransferSyntaxException)
            {
                refused++;
            }
        }
        // The mix matters, not exact counts: both outcomes must be exercised.
        Assert.True(parsed > 100 && formatErrors > 100, $"parsed {parsed}, format errors {formatErrors}, refused {refused}");
    }
}

using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Dicom;

/// <summary>
/// Reads the files of TestData/Dicom, written by pydicom and re-encoded by dcmtk in every supported transfer
/// syntax (make-test-data.py): the same elements and pixels must come out of each.
/// </summary>
public sealed class DicomReaderTests
{
    public static TheoryData<string, string> Encodings => new()
    {
        { "explicit-le", TransferSyntax.ExplicitVRLittleEndian.Uid },
        { "implicit-le", TransferSyntax.ImplicitVRLittleEndian.Uid },
        { "explicit-be", TransferSyntax.ExplicitVRBigEndian.Uid },
        { "deflated", TransferSyntax.DeflatedExplicitVRLittleEndian.Uid },
        { "undefined-lengths", TransferSyntax.ExplicitVRLittleEndian.Uid },
        { "rle", TransferSyntax.RleLossless.Uid },
    };

    /// <summary>The generator's formula: 12-bit signed values, ((37x + 101y + 7f) mod 4096) - 2048.</summary>
    private static int Expected(int frame, int y, int x) => (x * 37 + y * 101 + frame * 7) % 4096 - 2048;

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Multi_frame_pixels_are_masked_to_12_bits_and_sign_extended_in_every_encoding(string encoding, string uid)
    {
        var file = DicomFile.Read(TestPaths.Data($"multiframe-{encoding}.dcm"));
        Assert.Equal(uid, file.TransferSyntax.Uid);
        var pixels = file.GetPixelData();
        Assert.Equal((5, 7, 2, 12, true), (pixels.Rows, pixels.Columns, pixels.NumberOfFrames, pixels.BitsStored, pixels.IsSigned));
        for (var f = 0; f < 2; f++)
        {
            var stored = pixels.GetStoredValues(f);
            var rescaled = pixels.GetRescaledValues(f);
            for (var y = 0; y < 5; y++)
                for (var x = 0; x < 7; x++)
                {
                    Assert.Equal(Expected(f, y, x), stored[y * 7 + x]);
                    Assert.Equal(2 * Expected(f, y, x) - 1000, rescaled[y * 7 + x]); // slope 2, intercept -1000
                }
        }
        // Hand-checked corners: frame 0 (0,0) = -2048; frame 1 (x 6, y 4) = 222 + 404 + 7 - 2048 = -1415.
        Assert.Equal(-2048, pixels.GetStoredValues(0)[0]);
        Assert.Equal(-1415, pixels.GetStoredValues(1)[34]);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Element_values_are_the_same_in_every_encoding(string encoding, string uid)
    {
        var ds = DicomFile.Read(TestPaths.Data($"multiframe-{encoding}.dcm")).Dataset;
        Assert.StartsWith("1.2.840.10008.1.2", uid);
        Assert.Equal("1.2.3.4.5.6.7", ds.GetString(DicomTag.SopInstanceUid)); // odd length, NUL padding trimmed
        Assert.Equal(new DicomPersonName("Doe", "Jane", "Q", "Dr", "PhD"), ds.GetPersonNameOrNull(DicomTag.PatientName));
        Assert.Equal(new DateOnly(2019, 2, 14), ds.GetDateOrNull(DicomTag.StudyDate));
        Assert.Equal(new TimeOnly(9, 30, 15, 250), ds.GetTimeOrNull(DicomTag.StudyTime));
        Assert.Equal(["DERIVED", "SECONDARY", "TEST"], ds.GetStrings(DicomTag.ImageType));
        Assert.Equal([0.75, 1.5], ds.GetDoubles(DicomTag.PixelSpacing)); // "1.5e0" is a valid DS
        Assert.Equal([-10.5, 20.25, -30.0], ds.GetDoubles(DicomTag.ImagePositionPatient));
        Assert.Equal(7, ds.GetInt(DicomTag.SeriesNumber));
        Assert.Equal(-5, ds.GetInt(new DicomTag(0x0028, 0x0106)));
        var notInDictionary = ds.GetElementOrNull(new DicomTag(0x0018, 0x9219))!;
        if (encoding == "implicit-le")
        {
            // Implicit VR carries no VR and the built-in dictionary lacks this tag: it stays UN, its bytes intact.
            Assert.Equal(DicomVR.UN, notInDictionary.VR);
            Assert.Equal([1.5, -2.25], System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(notInDictionary.Bytes.Span).ToArray());
        }
        else
        {
            Assert.Equal([1.5, -2.25], ds.GetDoubles(notInDictionary.Tag));
        }
        Assert.Equal([1, 70000], ds.GetInts(DicomTag.DimensionIndexValues));
        Assert.Equal("LUNGSURV TEST", ds.GetString(new DicomTag(0x0009, 0x0010)));
        Assert.Equal("private value", ds.GetString(new DicomTag(0x0009, 0x1001))); // private tag kept (UN in implicit VR)

        var outer = Assert.Single(ds.GetSequence(DicomTag.PerFrameFunctionalGroupsSequence));
        var derivations = outer.GetSequence(DicomTag.DerivationImageSequence);
        Assert.Equal(2, derivations.Count);
        Assert.Equal(0, derivations[1].Count); // an empty item
        Assert.Equal("1.2.3.9", derivations[0].GetString(DicomTag.ReferencedSopInstanceUid));
        var code = Assert.Single(derivations[0].GetSequence(DicomTag.DerivationCodeSequence));
        Assert.Equal(("113076", "DCM", "Segmentation"),
            (code.GetString(DicomTag.CodeValue), code.GetString(DicomTag.CodingSchemeDesignator), code.GetString(DicomTag.CodeMeaning)));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Eight_bit_unsigned_pixels_read_in_every_encoding(string encoding, string uid)
    {
        var file = DicomFile.Read(TestPaths.Data($"eightbit-{encoding}.dcm"));
        Assert.Equal(uid, file.TransferSyntax.Uid);
        var values = file.GetPixelData().GetStoredValues(0);
        // (10x + 60y) mod 256 over 4 rows x 6 columns: e.g. x 5, y 3 gives 230.
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (i % 6 * 10 + i / 6 * 60) % 256), values);
        Assert.Equal(230, values[3 * 6 + 5]);
    }

    [Fact]
    public void A_file_without_preamble_and_a_bare_data_set_read_the_same()
    {
        var bytes = File.ReadAllBytes(TestPaths.Data("multiframe-explicit-le.dcm"));
        var withoutPreamble = DicomFile.Read(bytes[132..], "no-preamble");
        Assert.Equal("1.2.3.4.5.6.7", withoutPreamble.FileMetaInformation.GetString(DicomTag.MediaStorageSopInstanceUid));
        Assert.Equal(-1415, withoutPreamble.GetPixelData().GetStoredValues(1)[34]);

        var implicitBytes = File.ReadAllBytes(TestPaths.Data("multiframe-implicit-le.dcm"));
        var metaLength = 12 + BitConverter.ToInt32(implicitBytes, 140);
        var bare = DicomFile.Read(implicitBytes[(132 + metaLength)..], "bare");
        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, bare.TransferSyntax);
        Assert.Equal(0, bare.FileMetaInformation.Count);
        Assert.Equal("LS-0001", bare.Dataset.GetString(DicomTag.PatientId));
        Assert.Equal(-1415, bare.GetPixelData().GetStoredValues(1)[34]);
    }

    [Fact]
    public void Values_parse_with_multiplicity_and_report_malformed_numbers()
    {
        var ds = new DicomDataset()
            .Set(DicomTag.PixelSpacing, DicomVR.DS, " 0.5 \\ 7E-1")
            .Set(DicomTag.SliceThickness, DicomVR.DS, "abc")
            .Set(DicomTag.SeriesNumber, DicomVR.IS, "+12 ")
            .Set(DicomTag.StudyDate, DicomVR.DA, "2019.02.14")
            .Set(DicomTag.StudyTime, DicomVR.TM, "07")
            .Set(DicomTag.SeriesDescription, DicomVR.LO, "");
        Assert.Equal([0.5, 0.7], ds.GetDoubles(DicomTag.PixelSpacing));
        Assert.Equal(12, ds.GetInt(DicomTag.SeriesNumber));
        Assert.Equal(new DateOnly(2019, 2, 14), ds.GetDateOrNull(DicomTag.StudyDate));
        Assert.Equal(new TimeOnly(7, 0), ds.GetTimeOrNull(DicomTag.StudyTime));
        Assert.Null(ds.GetStringOrNull(DicomTag.SeriesDescription));
        Assert.Empty(ds.GetDoubles(DicomTag.RescaleSlope));
        var bad = Assert.Throws<DicomFormatException>(() => ds.GetDouble(DicomTag.SliceThickness));
        Assert.Equal(DicomTag.SliceThickness, bad.Tag);
        Assert.Contains("'abc' is not a decimal number", bad.Message);
        var missing = Assert.Throws<DicomFormatException>(() => ds.GetInt(DicomTag.Rows));
        Assert.Contains("Rows is missing", missing.Message);
    }
}

using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Dicom;

public sealed class DicomDumpTests
{
    [Fact]
    public void The_dump_lists_tag_vr_length_keyword_and_value_with_nested_items()
    {
        var dump = DicomDump.Format(DicomFile.Read(TestPaths.Data("multiframe-explicit-le.dcm")));
        var lines = dump.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("# Transfer syntax: Explicit VR Little Endian (1.2.840.10008.1.2.1)", lines);
        Assert.Contains(lines, l => l.StartsWith("(0010,0010) PN     18 PatientName") && l.EndsWith("[Doe^Jane^Q^Dr^PhD]"));
        Assert.Contains(lines, l => l.StartsWith("(0020,9157) UL      8 DimensionIndexValues") && l.EndsWith("1\\70000"));
        Assert.Contains(lines, l => l.StartsWith("(5200,9230) SQ") && l.EndsWith("(1 item)"));
        // Three sequence levels deep: 4 spaces per level.
        Assert.Contains(lines, l => l.StartsWith("            (0008,0104) LO     12 CodeMeaning") && l.EndsWith("[Segmentation]"));
        Assert.Contains(lines, l => l.StartsWith("(7FE0,0010) OW    140 PixelData") && l.EndsWith("(140 bytes)"));

        var rle = DicomDump.Format(DicomFile.Read(TestPaths.Data("multiframe-rle.dcm")));
        Assert.Contains("encapsulated: offset table and 2 fragment(s)", rle);
    }
}

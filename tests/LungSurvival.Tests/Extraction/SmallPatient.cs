using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.LungSurvival.Tests.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Extraction;

/// <summary>
/// A 6 x 5 x 4 CT written as DICOM slices in <c>CT/</c> and its SEG in <c>SEG/</c>: segment 1 is the 2 x 2 x 2 cube
/// at x 2..3, y 1..2, z 1..2 (8 voxels), segment 2 one voxel at (5, 4, 2), which the tumour mask must leave out.
/// </summary>
internal sealed class SmallPatient
{
    public SmallPatient(TemporaryFolder folder)
    {
        Ct = DicomWriterTests.SmallCt();
        Labels = DicomWriterTests.SmallLabels(Ct.Geometry);
        CtFolder = Path.Combine(folder.Path, "CT");
        SegFolder = Path.Combine(folder.Path, "SEG");
        var written = CtSeriesWriter.Write(Ct, CtFolder, CtSeriesMetadata.ForPatient("LS-1", "extraction-tests"));
        Directory.CreateDirectory(SegFolder);
        SegmentationWriter.Write(Labels, [SegmentDescription.Tumour(), SegmentDescription.Tumour("Satellite")], written, SegFile);
    }

    public Volume3D<float> Ct { get; }

    public Volume3D<byte> Labels { get; }

    public string CtFolder { get; }

    public string SegFolder { get; }

    public string SegFile => Path.Combine(SegFolder, "seg.dcm");

    /// <summary>The mask the readers should give: 1 where the label is 1.</summary>
    public byte[] TumourMask => [.. Labels.Voxels.Select(v => v == 1 ? (byte)1 : (byte)0)];
}

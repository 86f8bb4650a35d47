using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Segmentation;

public sealed class SegmentationReaderTests
{
    private static (SeriesVolume Ct, DicomDataset Seg, Volume3D<byte> Labels) WrittenPair(TemporaryFolder folder)
    {
        var ct = DicomWriterTests.SmallCt();
        var written = CtSeriesWriter.Write(ct, folder.Path, CtSeriesMetadata.ForPatient("LS-9", "seed"));
        var labels = DicomWriterTests.SmallLabels(ct.Geometry);
        var seg = SegmentationWriter.Build(labels, [SegmentDescription.Tumour(), SegmentDescription.Tumour("Satellite")], written);
        var volume = SeriesAssembler.Assemble(Assert.Single(DicomSeriesReader.ReadDirectory(folder.Path)));
        return (volume, seg, labels);
    }

    private static DicomFile AsFile(DicomDataset seg) => DicomFile.Read(DicomWriter.ToBytes(seg), "seg.dcm");

    [Fact]
    public void A_segmentation_with_fewer_frames_than_ct_slices_maps_back_onto_the_ct_grid()
    {
        using var folder = new TemporaryFolder();
        var (ct, seg, labels) = WrittenPair(folder);
        Assert.Equal(3, seg.GetInt(DicomTag.NumberOfFrames)); // four CT slices

        var labelMap = SegmentationReader.ToMask(AsFile(seg), ct);
        Assert.Empty(labelMap.Warnings);
        Assert.Equal(labels.Voxels, labelMap.Mask.Voxels);

        var satellite = SegmentationReader.ToMask(AsFile(seg), ct, segmentNumber: 2);
        Assert.Equal(1, satellite.VoxelCount);
        Assert.Equal(1, satellite.Mask[5, 4, 2]);
        Assert.Equal(8, SegmentationReader.ToMask(AsFile(seg), ct, segmentNumber: 1).VoxelCount); // 2 x 2 on two slices
    }

    [Fact]
    public void Duplicate_frames_are_combined_and_frames_without_positions_use_their_source_image()
    {
        using var folder = new TemporaryFolder();
        var (ct, seg, labels) = WrittenPair(folder);

        // Repeat frame 1 (segment 1, slice 1) as a fourth frame, as some NSCLC Radiogenomics SEGs repeat references.
        var perFrame = seg.GetSequence(DicomTag.PerFrameFunctionalGroupsSequence).ToList();
        var pixelsPerFrame = 6 * 5;
        var oldBits = seg.GetElementOrNull(DicomTag.PixelData)!.Bytes.Span;
        var bits = new byte[(4 * pixelsPerFrame + 7) / 8 + 1];
        for (var i = 0; i < 3 * pixelsPerFrame; i++) SetBit(bits, i, Bit(oldBits, i));
        for (var i = 0; i < pixelsPerFrame; i++) SetBit(bits, 3 * pixelsPerFrame + i, Bit(oldBits, i));
        seg.SetSequence(DicomTag.PerFrameFunctionalGroupsSequence, [.. perFrame, perFrame[0]])
            .Set(DicomTag.NumberOfFrames, DicomVR.IS, 4.0)
            .SetBytes(DicomTag.PixelData, DicomVR.OB, bits);
        var duplicated = SegmentationReader.ToMask(AsFile(seg), ct);
        Assert.Equal(labels.Voxels, duplicated.Mask.Voxels);
        Assert.Contains("frame 4 repeats segment 1 on CT slice 1", Assert.Single(duplicated.Warnings));

        // Without Plane Position (Patient), frames are placed by their Source Image's SOP Instance UID.
        foreach (var groups in perFrame) groups.Remove(DicomTag.PlanePositionSequence);
        var byReference = SegmentationReader.ToMask(AsFile(seg), ct);
        Assert.Equal(labels.Voxels, byReference.Mask.Voxels);
    }

    [Fact]
    public void A_segmentation_with_another_pixel_spacing_is_refused()
    {
        using var folder = new TemporaryFolder();
        var (ct, seg, _) = WrittenPair(folder);
        var measures = seg.GetSequence(DicomTag.SharedFunctionalGroupsSequence)[0].GetSequence(DicomTag.PixelMeasuresSequence)[0];
        measures.Set(DicomTag.PixelSpacing, DicomVR.DS, 1.0, 1.0);
        var error = Assert.Throws<NotSupportedException>(() => SegmentationReader.ToMask(AsFile(seg), ct));
        Assert.Contains("pixel spacing 1\\1 differs from the CT's 0.7\\0.8", error.Message);
    }

    private static bool Bit(ReadOnlySpan<byte> bits, int index) => (bits[index >> 3] >> (index & 7) & 1) == 1;

    private static void SetBit(byte[] bits, int index, bool value)
    {
        if (value) bits[index >> 3] |= (byte)(1 << (index & 7));
    }
}

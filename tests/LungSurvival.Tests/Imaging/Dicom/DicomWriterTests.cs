using System.Text.Json;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Tests.Imaging.Dicom;

/// <summary>Files from the CT and SEG writers read back here and, without complaint, in dcmdump and pydicom.</summary>
public sealed class DicomWriterTests
{
    /// <summary>A 6 x 5 x 4 volume, 0.8 x 0.7 x 2.5 mm, HU = 10x - 100y + 1000z - 1024 (x, y, z voxel indices).</summary>
    internal static Volume3D<float> SmallCt(int sizeZ = 4)
    {
        var geometry = new VolumeGeometry(6, 5, sizeZ, new Vector3D(-12.5, 30.25, -100), 0.8, 0.7, 2.5,
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var volume = new Volume3D<float>(geometry);
        for (var z = 0; z < sizeZ; z++)
            for (var y = 0; y < 5; y++)
                for (var x = 0; x < 6; x++)
                    volume[x, y, z] = 10 * x - 100 * y + 1000 * z - 1024;
        return volume;
    }

    /// <summary>Segment 1 on slices 1 and 2 (a 2 x 2 square at x 2..3, y 1..2), segment 2 one voxel on slice 2.</summary>
    internal static Volume3D<byte> SmallLabels(VolumeGeometry geometry)
    {
        var labels = new Volume3D<byte>(geometry);
        foreach (var z in new[] { 1, 2 })
            for (var y = 1; y <= 2; y++)
                for (var x = 2; x <= 3; x++)
                    labels[x, y, z] = 1;
        labels[5, 4, 2] = 2;
        return labels;
    }

    [Fact]
    public void Ct_slices_round_trip_and_pass_dcmdump_and_pydicom()
    {
        using var folder = new TemporaryFolder();
        var ct = SmallCt();
        var written = CtSeriesWriter.Write(ct, folder.Path, CtSeriesMetadata.ForPatient("LS-007", "seed-1"));
        Assert.Equal(4, written.Paths.Count);

        var file = DicomFile.Read(written.Paths[2]);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal(DicomUid.CtImageStorage, file.FileMetaInformation.GetString(DicomTag.MediaStorageSopClassUid));
        Assert.Equal(written.SliceSopInstanceUids[2], file.FileMetaInformation.GetString(DicomTag.MediaStorageSopInstanceUid));
        Assert.StartsWith("2.25.", file.FileMetaInformation.GetString(DicomTag.ImplementationClassUid));
        Assert.Equal([-12.5, 30.25, -95.0], file.Dataset.GetDoubles(DicomTag.ImagePositionPatient)); // z 2 at 2.5 mm
        Assert.Equal([0.7, 0.8], file.Dataset.GetDoubles(DicomTag.PixelSpacing)); // row spacing first
        Assert.Equal(ct.Slice(2).ToArray(), file.GetPixelData().GetRescaledValues(0));
        // Same seed and patient, same UIDs: the writer is deterministic.
        Assert.Equal(written.Metadata, CtSeriesMetadata.ForPatient("LS-007", "seed-1"));

        foreach (var path in written.Paths)
        {
            var (exitCode, _, error) = ReferenceTools.TryRun("dcmdump", "-q", path);
            Assert.True(exitCode == 0 && error.Length == 0, $"dcmdump on {path}: exit {exitCode}, {error}");
        }
        var pydicom = ReferenceTools.RunPython("""
            import json, sys
            import pydicom
            from pydicom import config
            config.settings.reading_validation_mode = config.RAISE
            ds = pydicom.dcmread(sys.argv[1])
            hu = ds.pixel_array * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
            print(json.dumps({"hu": hu.flatten().tolist(), "modality": ds.Modality, "position": [float(v) for v in ds.ImagePositionPatient]}))
            """, written.Paths[3]);
        var reference = JsonDocument.Parse(pydicom).RootElement;
        Assert.Equal(ct.Slice(3).ToArray().Select(v => (double)v), reference.GetProperty("hu").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("CT", reference.GetProperty("modality").GetString());
    }

    [Fact]
    public void A_segmentation_has_frames_only_where_segments_are_and_passes_dcmdump_and_pydicom()
    {
        using var folder = new TemporaryFolder();
        var ct = SmallCt();
        var written = CtSeriesWriter.Write(ct, folder.Path, CtSeriesMetadata.ForPatient("LS-008", "seed-1"));
        var labels = SmallLabels(ct.Geometry);
        var segPath = folder.File("seg.dcm");
        SegmentationWriter.Write(labels, [SegmentDescription.Tumour(), SegmentDescription.Tumour("Satellite")], written, segPath);

        var (exitCode, _, error) = ReferenceTools.TryRun("dcmdump", "-q", segPath);
        Assert.True(exitCode == 0 && error.Length == 0, $"dcmdump: exit {exitCode}, {error}");
        var pydicom = ReferenceTools.RunPython("""
            import json, sys
            import pydicom
            from pydicom import config
            config.settings.reading_validation_mode = config.RAISE
            ds = pydicom.dcmread(sys.argv[1])
            frames = ds.pixel_array.reshape((int(ds.NumberOfFrames), ds.Rows, ds.Columns))
            out = []
            for i, groups in enumerate(ds.PerFrameFunctionalGroupsSequence):
                out.append({"segment": int(groups.SegmentIdentificationSequence[0].ReferencedSegmentNumber),
                            "z": float(groups.PlanePositionSequence[0].ImagePositionPatient[2]),
                            "source": groups.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID,
                            "ones": [[int(y), int(x)] for y, x in zip(*frames[i].nonzero())]})
            print(json.dumps({"type": ds.SegmentationType, "frames": out, "segments": [s.SegmentLabel for s in ds.SegmentSequence]}))
            """, segPath);
        var reference = JsonDocument.Parse(pydicom).RootElement;
        Assert.Equal("BINARY", reference.GetProperty("type").GetString());
        Assert.Equal(["Tumour", "Satellite"], reference.GetProperty("segments").EnumerateArray().Select(s => s.GetString()));
        // Segment 1 on slices 1 and 2, segment 2 on slice 2: three frames for four CT slices.
        var frames = reference.GetProperty("frames").EnumerateArray().ToList();
        Assert.Equal([(1, -97.5), (1, -95.0), (2, -95.0)], frames.Select(f => (f.GetProperty("segment").GetInt32(), f.GetProperty("z").GetDouble())));
        Assert.Equal(written.SliceSopInstanceUids[1], frames[0].GetProperty("source").GetString());
        Assert.Equal("[[1,2],[1,3],[2,2],[2,3]]", frames[1].GetProperty("ones").GetRawText().Replace(" ", ""));
        Assert.Equal("[[4,5]]", frames[2].GetProperty("ones").GetRawText().Replace(" ", ""));
    }
}

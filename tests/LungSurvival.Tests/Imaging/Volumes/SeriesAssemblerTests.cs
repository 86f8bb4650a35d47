using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Volumes;

public sealed class SeriesAssemblerTests
{
    /// <summary>Rewrites a written slice with changes (e.g. a moved position or another Instance Number).</summary>
    private static void Rewrite(string path, Action<DicomDataset> change)
    {
        var dataset = DicomFile.Read(File.ReadAllBytes(path), path).Dataset;
        change(dataset);
        DicomWriter.Write(path, dataset);
    }

    [Fact]
    public void Slices_are_ordered_by_position_not_by_instance_number_or_file_name()
    {
        using var folder = new TemporaryFolder();
        var ct = DicomWriterTests.SmallCt(5);
        var written = CtSeriesWriter.Write(ct, folder.Path, CtSeriesMetadata.ForPatient("LS-1", "seed"));
        // Reverse the Instance Numbers and give the files names that sort backwards.
        for (var z = 0; z < 5; z++)
        {
            Rewrite(written.Paths[z], ds => ds.Set(DicomTag.InstanceNumber, DicomVR.IS, 5.0 - z));
            File.Move(written.Paths[z], Path.Combine(folder.Path, $"file-{9 - z}.dcm"));
        }
        File.WriteAllText(Path.Combine(folder.Path, "README.txt"), "not DICOM, skipped");

        var series = Assert.Single(DicomSeriesReader.ReadDirectory(folder.Path));
        var volume = SeriesAssembler.Assemble(series);
        Assert.Empty(volume.Warnings);
        Assert.Equal(ct.Voxels, volume.Volume.Voxels);
        Assert.True(volume.Volume.Geometry.SameGridAs(ct.Geometry), $"{volume.Volume.Geometry} vs {ct.Geometry}");
        Assert.Equal(written.SliceSopInstanceUids, volume.SliceSopInstanceUids);
        Assert.Equal("LS-1", volume.PatientId);
    }

    [Fact]
    public void Missing_slices_and_uneven_spacing_are_reported()
    {
        using var folder = new TemporaryFolder();
        // Slices at z = -100 + 2.5k mm, k = 0..7; slice 3 deleted, slice 7 moved from -82.5 to -82.0 mm.
        // Steps: 2.5, 2.5, 5, 2.5, 2.5, 3 -> median 2.5 mm; 5 = two steps (one slice missing); 3 is uneven.
        var written = CtSeriesWriter.Write(DicomWriterTests.SmallCt(8), folder.Path, CtSeriesMetadata.ForPatient("LS-2", "seed"));
        File.Delete(written.Paths[3]);
        Rewrite(written.Paths[7], ds => ds.Set(DicomTag.ImagePositionPatient, DicomVR.DS, -12.5, 30.25, -82.0));

        var volume = SeriesAssembler.Assemble(Assert.Single(DicomSeriesReader.ReadDirectory(folder.Path)));
        Assert.Equal(7, volume.Volume.SizeZ);
        Assert.Equal(2.5, volume.Volume.Geometry.SpacingZ); // the median step
        Assert.Equal(2, volume.Warnings.Count);
        Assert.Contains("1 slice(s) missing between positions -95 and -90 mm", volume.Warnings[0]);
        Assert.Contains("non-uniform slice spacing: step 3 mm between positions -85 and -82 mm", volume.Warnings[1]);
    }

    [Fact]
    public void The_phantom_series_assembles_to_the_published_size_and_intensities()
    {
        var series = Assert.Single(DicomSeriesReader.ReadDirectory(TestPaths.PhantomImages));
        var result = SeriesAssembler.Assemble(series);
        var g = result.Volume.Geometry;
        Assert.Equal((204, 201, 60), (g.SizeX, g.SizeY, g.SizeZ));
        Assert.Equal(0.977, g.SpacingX, 3);
        Assert.Equal(3.0, g.SpacingZ, 3);
        Assert.Empty(result.Warnings);
        // README figures: mean -266.47 HU, min -1000; its max of 3060 is a typo: pydicom (stored 4065, intercept
        // -1000) and IBSI's own NIfTI image both give 3065.
        var voxels = result.Volume.Voxels;
        Assert.Equal(-266.47, voxels.Average(v => (double)v), 2);
        Assert.Equal((-1000f, 3065f), (voxels.Min(), voxels.Max()));
        // Instance Numbers run against the slice positions (100 at the lowest slice, 41 at the highest): ordering
        // by them would flip the volume. By position, the origin is the lowest slice, z = -100.4 mm as in IBSI's NIfTI.
        var instanceBySop = series.Files.ToDictionary(f => f.Dataset.GetString(DicomTag.SopInstanceUid), f => f.Dataset.GetInt(DicomTag.InstanceNumber));
        Assert.Equal(Enumerable.Range(41, 60).Reverse(), result.SliceSopInstanceUids.Select(uid => instanceBySop[uid]));
        Assert.Equal(-100.4, g.Origin.Z, 3);
        Assert.Equal(new Vector3D(0, 0, 1), g.AxisZ);
    }
}

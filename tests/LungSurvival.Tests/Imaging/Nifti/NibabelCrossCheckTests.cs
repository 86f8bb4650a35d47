using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Volumes;
using static Solutions.LungSurvival.Tests.Imaging.Nifti.NiftiRoundTripTests;

namespace Solutions.LungSurvival.Tests.Imaging.Nifti;

/// <summary>Our NIfTI files as nibabel reads them, and nibabel's files as we read them.</summary>
public sealed class NibabelCrossCheckTests : IDisposable
{
    private static string IbsiFolder => Path.Combine(TestPaths.Phantom, "nifti");
    private readonly string _folder = Directory.CreateTempSubdirectory("nibabel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Nibabel_reads_our_axial_int16_file_with_the_expected_affine_and_voxels()
    {
        var volume = TestVolumes.Int16Ramp(TestVolumes.Axial);
        var path = Path.Combine(_folder, "axial.nii.gz");
        NiftiWriter.Write(path, volume, NiftiDataType.Int16);

        var report = NibabelReport.Read(path);

        Assert.Equal([6, 5, 4], report.Shape);
        Assert.Equal("int16", report.Dtype);
        Assert.Equal((1, 2), (report.QformCode, report.SformCode));
        Assert.Equal("mm", report.SpatialUnits);
        AssertMatrix(TestVolumes.AxialRasAffine, NibabelReport.ToMatrix(report.Sform), 1e-6);
        AssertMatrix(TestVolumes.AxialRasAffine, NibabelReport.ToMatrix(report.Qform), 1e-6);
        Assert.Equal(volume.Voxels.Select(v => (double)v), report.Voxels!);
    }

    [Fact]
    public void Nibabel_rebuilds_our_oblique_left_handed_qform_and_sform()
    {
        var geometry = TestVolumes.ObliqueLeftHanded();
        var path = Path.Combine(_folder, "oblique.nii");
        NiftiWriter.Write(path, new Volume3D<float>(geometry, [.. TestVolumes.Int16Ramp(geometry).Voxels.Select(v => v / 8f)]), NiftiDataType.Float32);

        var report = NibabelReport.Read(path);
        var expected = NiftiAffine.FromGeometry(geometry);

        Assert.Equal(-1, report.Qfac);
        // Both forms are stored as float32, hence the tolerance.
        AssertMatrix(expected, NibabelReport.ToMatrix(report.Sform), 1e-4);
        AssertMatrix(expected, NibabelReport.ToMatrix(report.Qform), 1e-4);
        Assert.Equal(TestVolumes.Int16Ramp(geometry).Voxels.Select(v => v / 8.0), report.Voxels!);
    }

    [Fact]
    public void Nibabel_reads_a_uint8_mask_with_its_voxels()
    {
        var geometry = TestVolumes.Axial;
        var mask = new Volume3D<byte>(geometry);
        mask[1, 2, 3] = 1;
        mask[5, 4, 0] = 1;
        var path = Path.Combine(_folder, "mask.nii.gz");
        NiftiWriter.Write(path, mask, NiftiDataType.UInt8);

        var report = NibabelReport.Read(path);

        Assert.Equal("uint8", report.Dtype);
        Assert.Equal(2, report.NonZero);
        Assert.Equal(mask.Voxels.Select(v => (double)v), report.Voxels!);
    }

    [Theory]
    [InlineData("oblique-int16")]
    [InlineData("left-handed-float32")]
    public void We_read_nibabel_files_with_its_affine_and_scaled_voxels(string kind)
    {
        var path = Path.Combine(_folder, kind + ".nii.gz");
        var report = NibabelReport.Write(path, kind);

        var image = NiftiReader.Read(path);

        Assert.Equal(report.Shape, new[] { image.Volume.SizeX, image.Volume.SizeY, image.Volume.SizeZ });
        AssertMatrix(NibabelReport.ToMatrix(report.Affine), image.RasAffine(), 1e-4);
        Assert.Equal(report.Voxels!, image.Volume.Voxels.Select(v => (double)v));
    }

    [Fact]
    public void We_read_the_ibsi_phantom_as_nibabel_does()
    {
        var path = Path.Combine(IbsiFolder, "image.nii.gz");
        Assert.True(File.Exists(path), $"the IBSI reference phantom is expected at {path}");
        var report = NibabelReport.Read(path);

        var image = NiftiReader.Read(path);
        var mask = NiftiReader.Read(Path.Combine(IbsiFolder, "mask.nii.gz"));

        Assert.Equal(new[] { 204, 201, 60 }, new[] { image.Volume.SizeX, image.Volume.SizeY, image.Volume.SizeZ });
        AssertMatrix(NibabelReport.ToMatrix(report.Affine), image.RasAffine(), 1e-4);
        Assert.Equal(report.Sum, image.Volume.Voxels.Sum(v => (double)v), 1e-3);
        Assert.Equal(report.Min, image.Volume.Voxels.Min());
        Assert.Equal(report.Max, image.Volume.Voxels.Max());
        // The phantom's README: mean -266.47 HU; region of 125,256 voxels.
        Assert.Equal(-266.47, image.Volume.Voxels.Average(v => (double)v), 0.01);
        Assert.Equal(125_256, mask.Volume.Voxels.Count(v => v != 0));
        Assert.True(mask.Volume.Geometry.SameGridAs(image.Volume.Geometry));
    }
}

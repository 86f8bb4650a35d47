using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Tests.Imaging.Nifti;

public sealed class NiftiRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nifti-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Affine_of_an_axial_grid_negates_x_and_y_rows()
    {
        var affine = NiftiAffine.FromGeometry(TestVolumes.Axial);

        AssertMatrix(TestVolumes.AxialRasAffine, affine, 1e-12);
    }

    [Theory]
    [InlineData(".nii")]
    [InlineData(".nii.gz")]
    public void Int16_volume_round_trips_voxels_and_geometry(string extension)
    {
        var volume = TestVolumes.Int16Ramp(TestVolumes.Axial);
        var path = Path.Combine(_folder, "ramp" + extension);

        NiftiWriter.Write(path, volume, NiftiDataType.Int16);
        var image = NiftiReader.Read(path);

        Assert.Equal(NiftiDataType.Int16, image.DataType);
        Assert.Equal(volume.Voxels.Select(v => (float)v), image.Volume.Voxels);
        AssertMatrix(TestVolumes.AxialRasAffine, image.RasAffine(), 1e-6);
    }

    [Fact]
    public void Header_has_the_nifti1_layout()
    {
        var path = Path.Combine(_folder, "header.nii");
        NiftiWriter.Write(path, TestVolumes.Int16Ramp(TestVolumes.Axial), NiftiDataType.Int16);
        var bytes = File.ReadAllBytes(path);

        Assert.Equal(348, BitConverter.ToInt32(bytes, 0));
        Assert.Equal(352f, BitConverter.ToSingle(bytes, 108));
        Assert.Equal("n+1\0", System.Text.Encoding.ASCII.GetString(bytes, 344, 4));
        Assert.Equal(4, BitConverter.ToInt16(bytes, 70)); // datatype int16
        Assert.Equal(16, BitConverter.ToInt16(bytes, 72)); // bitpix
        Assert.Equal(1, BitConverter.ToInt16(bytes, 252)); // qform_code scanner
        Assert.Equal(2, BitConverter.ToInt16(bytes, 254)); // sform_code aligned
        Assert.Equal(2, bytes[123]); // xyzt_units: mm
        // 348-byte header + 4-byte extension flag + 6 * 5 * 4 voxels of 2 bytes.
        Assert.Equal(352 + 6 * 5 * 4 * 2, bytes.Length);
    }

    [Fact]
    public void Oblique_left_handed_grid_round_trips_through_the_qform_when_the_sform_is_cleared()
    {
        var geometry = TestVolumes.ObliqueLeftHanded();
        var path = Path.Combine(_folder, "oblique.nii");
        NiftiWriter.Write(path, TestVolumes.Int16Ramp(geometry), NiftiDataType.Int16);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(-1f, BitConverter.ToSingle(bytes, 76)); // pixdim[0] = qfac
        BitConverter.GetBytes((short)0).CopyTo(bytes, 254); // sform_code 0: readers must use the quaternion
        File.WriteAllBytes(path, bytes);

        var image = NiftiReader.Read(path);

        AssertMatrix(NiftiAffine.FromGeometry(geometry), image.RasAffine(), 1e-4);
    }

    [Fact]
    public void Slope_and_intercept_are_applied_on_write_and_read()
    {
        // Stored = (value - (-1024)) / 0.5, so -1024 stores as 0 and -1023.5 as 1: all whole, all in int16.
        var geometry = TestVolumes.Axial with { SizeX = 2, SizeY = 1, SizeZ = 1 };
        var volume = new Volume3D<float>(geometry, [-1024f, -1023.5f]);
        var path = Path.Combine(_folder, "scaled.nii");

        NiftiWriter.Write(path, volume, NiftiDataType.Int16, scaleSlope: 0.5, scaleIntercept: -1024);
        var bytes = File.ReadAllBytes(path);
        var image = NiftiReader.Read(path);

        Assert.Equal(0, BitConverter.ToInt16(bytes, 352));
        Assert.Equal(1, BitConverter.ToInt16(bytes, 354));
        Assert.Equal([-1024f, -1023.5f], image.Volume.Voxels);
    }

    [Fact]
    public void Float_and_byte_volumes_round_trip()
    {
        var geometry = TestVolumes.Axial with { SizeX = 3, SizeY = 1, SizeZ = 1 };
        var floats = Path.Combine(_folder, "f.nii.gz");
        var bytes = Path.Combine(_folder, "b.nii.gz");

        NiftiWriter.Write(floats, new Volume3D<float>(geometry, [-0.25f, 1e-3f, 3071.5f]), NiftiDataType.Float32);
        NiftiWriter.Write(bytes, new Volume3D<byte>(geometry, [0, 1, 255]), NiftiDataType.UInt8);

        Assert.Equal([-0.25f, 1e-3f, 3071.5f], NiftiReader.Read(floats).Volume.Voxels);
        Assert.Equal([0f, 1f, 255f], NiftiReader.Read(bytes).Volume.Voxels);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_type_is_refused_naming_the_voxel()
    {
        var geometry = TestVolumes.Axial with { SizeX = 2, SizeY = 1, SizeZ = 1 };
        var volume = new Volume3D<float>(geometry, [1f, 256f]);

        var error = Assert.Throws<ArgumentException>(() => NiftiWriter.Write(Path.Combine(_folder, "bad.nii"), volume, NiftiDataType.UInt8));

        Assert.Contains("Voxel (1, 0, 0) = 256", error.Message);
    }

    internal static void AssertMatrix(double[,] expected, double[,] actual, double tolerance)
    {
        for (var row = 0; row < 4; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                Assert.True(Math.Abs(expected[row, column] - actual[row, column]) <= tolerance,
                    $"affine[{row},{column}]: expected {expected[row, column]}, got {actual[row, column]}");
            }
        }
    }
}

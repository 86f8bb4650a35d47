using Solutions.LungSurvival.Imaging.Nifti;

namespace Solutions.LungSurvival.Tests.Imaging.Nifti;

public sealed class NiftiReaderErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nifti-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private byte[] ValidFile()
    {
        var path = Path.Combine(_folder, "valid.nii");
        NiftiWriter.Write(path, TestVolumes.Int16Ramp(TestVolumes.Axial), NiftiDataType.Int16);
        return File.ReadAllBytes(path);
    }

    private NiftiFormatException ReadBroken(byte[] bytes)
    {
        var path = Path.Combine(_folder, "broken.nii");
        File.WriteAllBytes(path, bytes);
        return Assert.Throws<NiftiFormatException>(() => NiftiReader.Read(path));
    }

    [Fact]
    public void Truncated_voxel_data_names_the_sizes()
    {
        var error = ReadBroken(ValidFile()[..400]);

        Assert.Contains("broken.nii", error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_short_header_is_refused()
    {
        var error = ReadBroken(ValidFile()[..100]);

        Assert.Contains("100 bytes", error.Message);
    }

    [Fact]
    public void A_wrong_sizeof_hdr_is_not_nifti()
    {
        var bytes = ValidFile();
        bytes[0] = 0x10;

        Assert.Contains("sizeof_hdr at byte 0", ReadBroken(bytes).Message);
    }

    [Fact]
    public void An_unknown_datatype_names_the_field_and_offset()
    {
        var bytes = ValidFile();
        BitConverter.GetBytes((short)1234).CopyTo(bytes, 70);

        Assert.Contains("datatype at byte 70 is 1234", ReadBroken(bytes).Message);
    }

    [Fact]
    public void A_huge_dimension_is_refused_before_allocating()
    {
        var bytes = ValidFile();
        BitConverter.GetBytes((short)32000).CopyTo(bytes, 42);
        BitConverter.GetBytes((short)32000).CopyTo(bytes, 44);
        BitConverter.GetBytes((short)32000).CopyTo(bytes, 46);

        Assert.Contains("32000 x 32000 x 32000", ReadBroken(bytes).Message);
    }

    [Fact]
    public void A_negative_dimension_names_the_field()
    {
        var bytes = ValidFile();
        BitConverter.GetBytes((short)-4).CopyTo(bytes, 44);

        Assert.Contains("dim[2] at byte 44 is -4", ReadBroken(bytes).Message);
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_reported()
    {
        var path = Path.Combine(_folder, "valid.nii.gz");
        NiftiWriter.Write(path, TestVolumes.Int16Ramp(TestVolumes.Axial), NiftiDataType.Int16);
        var bytes = File.ReadAllBytes(path);
        for (var i = 20; i < bytes.Length - 8; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        Assert.Contains("broken.nii", ReadBroken(bytes).Message);
    }

    [Fact]
    public void A_header_only_pair_is_refused_by_its_magic()
    {
        var bytes = ValidFile();
        System.Text.Encoding.ASCII.GetBytes("ni1").CopyTo(bytes, 344);

        Assert.Contains("'ni1'", ReadBroken(bytes).Message);
    }
}

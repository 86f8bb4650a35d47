using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Imaging;

namespace Solutions.LungSurvival.Tests.Extraction;

public sealed class PatientScanReaderTests
{
    [Fact]
    public void A_dicom_ct_folder_and_seg_folder_read_onto_one_grid()
    {
        using var folder = new TemporaryFolder();
        var patient = new SmallPatient(folder);

        var scan = PatientScanReader.Read(patient.CtFolder, patient.SegFolder);

        Assert.Equal(patient.Ct.Voxels, scan.Image.Voxels);
        Assert.Equal(patient.TumourMask, scan.Mask.Voxels);
        Assert.Equal(8, scan.Mask.Voxels.Count(v => v == 1)); // the 2 x 2 x 2 cube, not the satellite voxel
        Assert.Equal(scan.Image.Geometry, scan.Mask.Geometry);
        Assert.Equal(patient.TumourMask, PatientScanReader.Read(patient.CtFolder, patient.SegFile).Mask.Voxels);
    }

    [Fact]
    public void Nifti_image_and_label_file_read_label_one_only()
    {
        using var folder = new TemporaryFolder();
        var patient = new SmallPatient(folder);
        NiftiWriter.Write(folder.File("ct.nii.gz"), patient.Ct, NiftiDataType.Float32);
        NiftiWriter.Write(folder.File("labels.nii"), patient.Labels, NiftiDataType.UInt8);

        var scan = PatientScanReader.Read(folder.File("ct.nii.gz"), folder.File("labels.nii"));
        var mixed = PatientScanReader.Read(folder.File("ct.nii.gz"), patient.SegFolder);

        Assert.Equal(patient.Ct.Voxels, scan.Image.Voxels);
        Assert.Equal(patient.TumourMask, scan.Mask.Voxels);
        Assert.Equal(patient.TumourMask, mixed.Mask.Voxels); // a SEG placed on a NIfTI CT by its plane positions
    }

    [Fact]
    public void An_rtstruct_is_rasterised_on_the_ct_grid()
    {
        // IBSI's CT phantom: the README gives 125,256 voxels for its GTV under even-odd filling of voxel centres.
        var scan = PatientScanReader.Read(TestPaths.PhantomImages, TestPaths.PhantomRtStruct);
        Assert.Equal(125_256, scan.Mask.Voxels.Count(v => v == 1));
    }

    [Fact]
    public void Errors_name_the_file_and_what_was_expected()
    {
        using var folder = new TemporaryFolder();
        var patient = new SmallPatient(folder);
        var other = new VolumeGeometry(6, 5, 3, new Vector3D(0, 0, 0), 1, 1, 1, new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        NiftiWriter.Write(folder.File("other-grid.nii"), new Volume3D<byte>(other), NiftiDataType.UInt8);
        NiftiWriter.Write(folder.File("no-tumour.nii"), new Volume3D<byte>(patient.Ct.Geometry), NiftiDataType.UInt8);
        File.WriteAllText(folder.File("notes.txt"), "not an image");

        Assert.Contains("no DICOM SEG or RTSTRUCT", Assert.Throws<InvalidDataException>(() => PatientScanReader.Read(patient.CtFolder, patient.CtFolder)).Message);
        Assert.Contains("no DICOM image series", Assert.Throws<InvalidDataException>(() => PatientScanReader.Read(patient.SegFolder, patient.SegFile)).Message);
        var grid = Assert.Throws<InvalidDataException>(() => PatientScanReader.Read(patient.CtFolder, folder.File("other-grid.nii")));
        Assert.Contains("other-grid.nii", grid.Message);
        Assert.Contains("6 x 5 x 3", grid.Message);
        Assert.Contains("selects no voxel", Assert.Throws<InvalidDataException>(() => PatientScanReader.Read(patient.CtFolder, folder.File("no-tumour.nii"))).Message);
        Assert.Contains("notes.txt: expected the CT", Assert.Throws<InvalidDataException>(() => PatientScanReader.Read(folder.File("notes.txt"), patient.SegFile)).Message);
        Assert.Contains("missing-mask", Assert.Throws<FileNotFoundException>(() => PatientScanReader.Read(patient.CtFolder, folder.File("missing-mask"))).Message);
    }
}

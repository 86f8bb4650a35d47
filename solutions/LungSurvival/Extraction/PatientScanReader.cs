using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// Reads a patient's CT (a folder of DICOM slices, or a NIfTI file) and tumour mask (a DICOM SEG or RTSTRUCT, as a
/// file or a folder holding one, or a NIfTI label file whose label 1 is the tumour) onto one grid. Errors name the
/// file and what was expected.
/// </summary>
public static class PatientScanReader
{
    /// <summary>The segment of a SEG, the label of a NIfTI mask, that marks the tumour (pyradiomics' default label).</summary>
    public const int TumourLabel = 1;

    public static PatientScan Read(string imagePath, string maskPath)
    {
        var ct = ReadImage(imagePath);
        var (mask, warnings) = ReadMask(maskPath, ct);
        return Checked(new PatientScan(ct.Volume, mask, [.. ct.Warnings, .. warnings]), maskPath);
    }

    /// <summary>
    /// Reads DICOM files already in memory (e.g. from an archive): exactly one image series and one SEG or RTSTRUCT.
    /// </summary>
    /// <param name="source">Names the files' origin in error messages, e.g. the archive's name.</param>
    public static PatientScan Read(IReadOnlyList<DicomFile> files, string source)
    {
        var series = DicomSeriesReader.Group(files);
        var ct = SeriesAssembler.Assemble(SingleImageSeries(series, source));
        var (mask, warnings) = MaskFromDicom(SingleMaskFile(series, source), ct);
        return Checked(new PatientScan(ct.Volume, mask, [.. ct.Warnings, .. warnings]), source);
    }

    private static SeriesVolume ReadImage(string path)
    {
        if (Directory.Exists(path))
            return SeriesAssembler.Assemble(SingleImageSeries(DicomSeriesReader.ReadDirectory(path), path));
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such file or folder; expected the CT as a folder of DICOM slices or a NIfTI file (.nii, .nii.gz)", path);
        if (!IsNifti(path))
            throw new InvalidDataException($"{path}: expected the CT as a folder of DICOM slices or a NIfTI file (.nii, .nii.gz), not a single file of another kind");
        var image = NiftiReader.Read(path);
        return new SeriesVolume(image.Volume, SeriesInstanceUid: "", StudyInstanceUid: null, FrameOfReferenceUid: null, PatientId: null,
            SliceSopInstanceUids: [], Warnings: []);
    }

    private static (Volume3D<byte> Mask, IReadOnlyList<string> Warnings) ReadMask(string path, SeriesVolume ct)
    {
        if (Directory.Exists(path)) return MaskFromDicom(SingleMaskFile(DicomSeriesReader.ReadDirectory(path), path), ct);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such file or folder; expected the tumour mask as a DICOM SEG or RTSTRUCT, or a NIfTI label file", path);
        return IsNifti(path) ? (MaskFromNifti(path, ct.Volume.Geometry), []) : MaskFromDicom(DicomFile.Read(path), ct);
    }

    private static Volume3D<byte> MaskFromNifti(string path, VolumeGeometry grid)
    {
        var labels = NiftiReader.Read(path).Volume;
        if (!labels.Geometry.SameGridAs(grid))
            throw new InvalidDataException(
                $"{path}: the mask's grid ({Describe(labels.Geometry)}) is not the image's ({Describe(grid)}); resampling is not supported");
        var mask = new Volume3D<byte>(grid);
        for (var i = 0; i < labels.Voxels.Length; i++)
            if (labels.Voxels[i] == TumourLabel) mask.Voxels[i] = 1;
        return mask;
    }

    private static (Volume3D<byte> Mask, IReadOnlyList<string> Warnings) MaskFromDicom(DicomFile file, SeriesVolume ct)
    {
        var sopClass = file.Dataset.GetStringOrNull(DicomTag.SopClassUid);
        if (sopClass == DicomUid.SegmentationStorage)
        {
            var seg = SegmentationReader.ToMask(file, ct, TumourLabel);
            return (seg.Mask, seg.Warnings);
        }
        if (sopClass != DicomUid.RtStructureSetStorage)
            throw new InvalidDataException($"{file.Source}: SOP class {sopClass ?? "(missing)"}; expected a DICOM SEG ({DicomUid.SegmentationStorage}) or RTSTRUCT ({DicomUid.RtStructureSetStorage})");
        var rois = RtStructureSet.ReadRois(file).Where(r => r.Contours.Count > 0).ToList();
        if (rois.Count != 1)
            throw new InvalidDataException(
                $"{file.Source}: {rois.Count} ROIs with contours ({string.Join(", ", rois.Select(r => r.Name))}); expected exactly one, the tumour");
        var mask = ContourRasterizer.Rasterize(rois[0], ct.Volume.Geometry);
        return (mask.Mask, mask.Warnings);
    }

    private static DicomSeries SingleImageSeries(IReadOnlyList<DicomSeries> series, string source)
    {
        var images = series.Where(s => !IsMaskModality(s.Modality)).ToList();
        return images.Count switch
        {
            1 => images[0],
            0 => throw new InvalidDataException($"{source}: no DICOM image series; expected the CT slices"),
            _ => throw new InvalidDataException(
                $"{source}: {images.Count} image series ({string.Join(", ", images.Select(s => $"{s.Modality} {s.SeriesInstanceUid}"))}); expected one CT series"),
        };
    }

    private static DicomFile SingleMaskFile(IReadOnlyList<DicomSeries> series, string source)
    {
        var masks = series.Where(s => IsMaskModality(s.Modality)).SelectMany(s => s.Files).ToList();
        return masks.Count switch
        {
            1 => masks[0],
            0 => throw new InvalidDataException($"{source}: no DICOM SEG or RTSTRUCT; expected the tumour mask"),
            _ => throw new InvalidDataException(
                $"{source}: {masks.Count} SEG/RTSTRUCT files ({string.Join(", ", masks.Select(f => f.Source))}); expected one tumour mask"),
        };
    }

    private static PatientScan Checked(PatientScan scan, string maskSource)
    {
        if (Array.IndexOf(scan.Mask.Voxels, (byte)1) < 0)
            throw new InvalidDataException($"{maskSource}: the tumour mask selects no voxel of the image (segment or label {TumourLabel})");
        return scan;
    }

    private static bool IsMaskModality(string modality) => modality is "SEG" or "RTSTRUCT";

    private static bool IsNifti(string path) =>
        path.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase);

    private static string Describe(VolumeGeometry g) =>
        $"{g.SizeX} x {g.SizeY} x {g.SizeZ} voxels of {g.SpacingX:0.###} x {g.SpacingY:0.###} x {g.SpacingZ:0.###} mm at ({g.Origin.X:0.##}, {g.Origin.Y:0.##}, {g.Origin.Z:0.##})";
}

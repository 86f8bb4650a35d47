using System.Globalization;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// Writes a volume in Hounsfield units as a CT Image Storage series, one file per slice (CT0001.dcm, ...):
/// 16-bit signed stored values with Rescale Intercept -1024 and slope 1 (HU rounded, clipped to what 16 bits hold),
/// and the Patient, Study, Series, Frame of Reference, Equipment, Image Plane, Image Pixel, CT Image and SOP
/// Common modules.
/// </summary>
public static class CtSeriesWriter
{
    public const double RescaleIntercept = -1024;

    public static CtSeriesReference Write(Volume3D<float> hu, string directory, CtSeriesMetadata metadata)
    {
        Directory.CreateDirectory(directory);
        var g = hu.Geometry;
        var sopUids = new string[g.SizeZ];
        var paths = new string[g.SizeZ];
        Parallel.For(0, g.SizeZ, z =>
        {
            sopUids[z] = DicomUid.FromName($"{metadata.SeriesInstanceUid}/slice/{z}");
            paths[z] = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"CT{z + 1:D4}.dcm"));
            DicomWriter.Write(paths[z], Slice(hu, z, sopUids[z], metadata));
        });
        return new CtSeriesReference(metadata, sopUids, paths);
    }

    /// <summary>The data set of slice <paramref name="z"/>.</summary>
    public static DicomDataset Slice(Volume3D<float> hu, int z, string sopInstanceUid, CtSeriesMetadata metadata)
    {
        var g = hu.Geometry;
        var position = g.IndexToPatient(0, 0, z);
        var date = metadata.StudyDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var ds = new DicomDataset()
            .Set(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100")
            .Set(DicomTag.ImageType, DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL")
            .Set(DicomTag.SopClassUid, DicomVR.UI, DicomUid.CtImageStorage)
            .Set(DicomTag.SopInstanceUid, DicomVR.UI, sopInstanceUid)
            .Set(DicomTag.StudyDate, DicomVR.DA, date)
            .Set(DicomTag.SeriesDate, DicomVR.DA, date)
            .Set(DicomTag.ContentDate, DicomVR.DA, date)
            .Set(DicomTag.StudyTime, DicomVR.TM, "090000")
            .Set(DicomTag.ContentTime, DicomVR.TM, "090000")
            .Set(DicomTag.AccessionNumber, DicomVR.SH, "")
            .Set(DicomTag.Modality, DicomVR.CS, "CT")
            .Set(DicomTag.Manufacturer, DicomVR.LO, "Solutions.LungSurvival")
            .Set(DicomTag.ReferringPhysicianName, DicomVR.PN, "")
            .Set(DicomTag.SeriesDescription, DicomVR.LO, metadata.SeriesDescription)
            .Set(DicomTag.PatientName, DicomVR.PN, metadata.PatientName)
            .Set(DicomTag.PatientId, DicomVR.LO, metadata.PatientId)
            .Set(DicomTag.PatientBirthDate, DicomVR.DA, metadata.PatientBirthDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "")
            .Set(DicomTag.PatientSex, DicomVR.CS, metadata.PatientSex ?? "")
            .Set(DicomTag.SliceThickness, DicomVR.DS, g.SpacingZ)
            .Set(DicomTag.Kvp, DicomVR.DS, 120.0)
            .Set(DicomTag.StudyInstanceUid, DicomVR.UI, metadata.StudyInstanceUid)
            .Set(DicomTag.SeriesInstanceUid, DicomVR.UI, metadata.SeriesInstanceUid)
            .Set(DicomTag.StudyId, DicomVR.SH, "1")
            .Set(DicomTag.SeriesNumber, DicomVR.IS, (double)metadata.SeriesNumber)
            .Set(DicomTag.AcquisitionNumber, DicomVR.IS, 1.0)
            .Set(DicomTag.InstanceNumber, DicomVR.IS, (double)(z + 1))
            .Set(DicomTag.ImagePositionPatient, DicomVR.DS, position.X, position.Y, position.Z)
            .Set(DicomTag.ImageOrientationPatient, DicomVR.DS, g.AxisX.X, g.AxisX.Y, g.AxisX.Z, g.AxisY.X, g.AxisY.Y, g.AxisY.Z)
            .Set(DicomTag.FrameOfReferenceUid, DicomVR.UI, metadata.FrameOfReferenceUid)
            .Set(DicomTag.PositionReferenceIndicator, DicomVR.LO, "")
            .Set(DicomTag.SliceLocation, DicomVR.DS, position.Dot(g.AxisZ))
            .Set(DicomTag.SamplesPerPixel, DicomVR.US, 1.0)
            .Set(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2")
            .Set(DicomTag.Rows, DicomVR.US, (double)g.SizeY)
            .Set(DicomTag.Columns, DicomVR.US, (double)g.SizeX)
            .Set(DicomTag.PixelSpacing, DicomVR.DS, g.SpacingY, g.SpacingX)
            .Set(DicomTag.BitsAllocated, DicomVR.US, 16.0)
            .Set(DicomTag.BitsStored, DicomVR.US, 16.0)
            .Set(DicomTag.HighBit, DicomVR.US, 15.0)
            .Set(DicomTag.PixelRepresentation, DicomVR.US, 1.0)
            .Set(DicomTag.WindowCenter, DicomVR.DS, -600.0)
            .Set(DicomTag.WindowWidth, DicomVR.DS, 1500.0)
            .Set(DicomTag.RescaleIntercept, DicomVR.DS, RescaleIntercept)
            .Set(DicomTag.RescaleSlope, DicomVR.DS, 1.0)
            .Set(DicomTag.RescaleType, DicomVR.LO, "HU");

        var slice = hu.Slice(z);
        var pixels = new byte[slice.Length * 2];
        for (var i = 0; i < slice.Length; i++)
        {
            var stored = (short)Math.Clamp(Math.Round(slice[i] - RescaleIntercept), short.MinValue, short.MaxValue);
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(i * 2), stored);
        }
        return ds.SetBytes(DicomTag.PixelData, DicomVR.OW, pixels);
    }
}

using System.Globalization;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>
/// Writes a label volume on a CT grid as a BINARY DICOM Segmentation (PS3.3 A.51, C.8.20): one frame per segment
/// and CT slice that holds any of its voxels (so usually fewer frames than CT slices), 1 bit per pixel packed
/// across frames, per-frame Plane Position (Patient), Derivation Image / Source Image references to the CT
/// slice and Segment Identification; shared Pixel Measures and Plane Orientation.
/// </summary>
public static class SegmentationWriter
{
    /// <summary>
    /// Writes <paramref name="labels"/> (0 = background, n = segment n of <paramref name="segments"/>, counting from 1)
    /// as a SEG referring to <paramref name="ct"/>, whose grid it must share; returns the SEG's data set.
    /// </summary>
    public static DicomDataset Write(Volume3D<byte> labels, IReadOnlyList<SegmentDescription> segments, CtSeriesReference ct, string path)
    {
        var dataset = Build(labels, segments, ct);
        DicomWriter.Write(path, dataset);
        return dataset;
    }

    public static DicomDataset Build(Volume3D<byte> labels, IReadOnlyList<SegmentDescription> segments, CtSeriesReference ct)
    {
        var g = labels.Geometry;
        if (segments.Count is 0 or > 255) throw new ArgumentException($"{segments.Count} segments; a byte label volume holds 1 to 255");
        if (ct.SliceSopInstanceUids.Count != g.SizeZ)
            throw new ArgumentException($"the label volume has {g.SizeZ} slices, the CT series {ct.SliceSopInstanceUids.Count}");
        var meta = ct.Metadata;

        var frames = new List<(int Segment, int Slice)>();
        for (var segment = 1; segment <= segments.Count; segment++)
            for (var z = 0; z < g.SizeZ; z++)
                if (labels.Slice(z).Contains((byte)segment)) frames.Add((segment, z));
        foreach (var label in labels.Voxels)
            if (label > segments.Count) throw new ArgumentException($"label {label} has no segment description ({segments.Count} given)");

        var pixelsPerFrame = g.SizeX * g.SizeY;
        // An empty segmentation still needs one frame: an all-zero frame for segment 1 on the first slice.
        if (frames.Count == 0) frames.Add((1, 0));
        var packedLength = ((long)frames.Count * pixelsPerFrame + 7) / 8;
        var bits = new byte[packedLength + (packedLength & 1)];
        var perFrame = new DicomDataset[frames.Count];
        for (var f = 0; f < frames.Count; f++)
        {
            var (segment, z) = frames[f];
            var slice = labels.Slice(z);
            var bitBase = (long)f * pixelsPerFrame;
            for (var p = 0; p < slice.Length; p++)
                if (slice[p] == segment)
                    bits[(bitBase + p) >> 3] |= (byte)(1 << (int)((bitBase + p) & 7));
            perFrame[f] = FrameGroups(g, segment, z, ct.SliceSopInstanceUids[z]);
        }

        var seriesUid = DicomUid.FromName($"{meta.SeriesInstanceUid}/seg");
        var date = meta.StudyDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var dimensionOrganization = DicomUid.FromName($"{meta.SeriesInstanceUid}/seg/dimensions");
        return new DicomDataset()
            .Set(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100")
            .Set(DicomTag.ImageType, DicomVR.CS, "DERIVED", "PRIMARY")
            .Set(DicomTag.SopClassUid, DicomVR.UI, DicomUid.SegmentationStorage)
            .Set(DicomTag.SopInstanceUid, DicomVR.UI, DicomUid.FromName($"{meta.SeriesInstanceUid}/seg/instance"))
            .Set(DicomTag.StudyDate, DicomVR.DA, date)
            .Set(DicomTag.SeriesDate, DicomVR.DA, date)
            .Set(DicomTag.ContentDate, DicomVR.DA, date)
            .Set(DicomTag.StudyTime, DicomVR.TM, "090000")
            .Set(DicomTag.ContentTime, DicomVR.TM, "090000")
            .Set(DicomTag.AccessionNumber, DicomVR.SH, "")
            .Set(DicomTag.Modality, DicomVR.CS, "SEG")
            .Set(DicomTag.Manufacturer, DicomVR.LO, "Solutions.LungSurvival")
            .Set(DicomTag.ReferringPhysicianName, DicomVR.PN, "")
            .Set(DicomTag.SeriesDescription, DicomVR.LO, "Segmentation")
            .Set(DicomTag.ManufacturerModelName, DicomVR.LO, "LungSurvival")
            .SetSequence(DicomTag.ReferencedSeriesSequence, new DicomDataset()
                .SetSequence(DicomTag.ReferencedInstanceSequence, [.. ct.SliceSopInstanceUids.Select(uid => new DicomDataset()
                    .Set(DicomTag.ReferencedSopClassUid, DicomVR.UI, DicomUid.CtImageStorage)
                    .Set(DicomTag.ReferencedSopInstanceUid, DicomVR.UI, uid))])
                .Set(DicomTag.SeriesInstanceUid, DicomVR.UI, meta.SeriesInstanceUid))
            .Set(DicomTag.PatientName, DicomVR.PN, meta.PatientName)
            .Set(DicomTag.PatientId, DicomVR.LO, meta.PatientId)
            .Set(DicomTag.PatientBirthDate, DicomVR.DA, meta.PatientBirthDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "")
            .Set(DicomTag.PatientSex, DicomVR.CS, meta.PatientSex ?? "")
            .Set(DicomTag.SoftwareVersions, DicomVR.LO, DicomUid.ImplementationVersionName)
            .Set(DicomTag.StudyInstanceUid, DicomVR.UI, meta.StudyInstanceUid)
            .Set(DicomTag.SeriesInstanceUid, DicomVR.UI, seriesUid)
            .Set(DicomTag.StudyId, DicomVR.SH, "1")
            .Set(DicomTag.SeriesNumber, DicomVR.IS, 300.0)
            .Set(DicomTag.InstanceNumber, DicomVR.IS, 1.0)
            .Set(DicomTag.FrameOfReferenceUid, DicomVR.UI, meta.FrameOfReferenceUid)
            .Set(DicomTag.PositionReferenceIndicator, DicomVR.LO, "")
            .SetSequence(DicomTag.DimensionOrganizationSequence, new DicomDataset()
                .Set(DicomTag.DimensionOrganizationUid, DicomVR.UI, dimensionOrganization))
            .SetSequence(DicomTag.DimensionIndexSequence,
                DimensionIndex(dimensionOrganization, DicomTag.ReferencedSegmentNumber, DicomTag.SegmentIdentificationSequence, "ReferencedSegmentNumber"),
                DimensionIndex(dimensionOrganization, DicomTag.ImagePositionPatient, DicomTag.PlanePositionSequence, "ImagePositionPatient"))
            .Set(DicomTag.SamplesPerPixel, DicomVR.US, 1.0)
            .Set(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2")
            .Set(DicomTag.NumberOfFrames, DicomVR.IS, (double)frames.Count)
            .Set(DicomTag.Rows, DicomVR.US, (double)g.SizeY)
            .Set(DicomTag.Columns, DicomVR.US, (double)g.SizeX)
            .Set(DicomTag.BitsAllocated, DicomVR.US, 1.0)
            .Set(DicomTag.BitsStored, DicomVR.US, 1.0)
            .Set(DicomTag.HighBit, DicomVR.US, 0.0)
            .Set(DicomTag.PixelRepresentation, DicomVR.US, 0.0)
            .Set(DicomTag.LossyImageCompression, DicomVR.CS, "00")
            .Set(DicomTag.SegmentationType, DicomVR.CS, "BINARY")
            .SetSequence(DicomTag.SegmentSequence, [.. segments.Select((s, i) => SegmentItem(s, i + 1))])
            .Set(DicomTag.ContentLabel, DicomVR.CS, "SEGMENTATION")
            .Set(DicomTag.ContentDescription, DicomVR.LO, "Tumour segmentation")
            .Set(DicomTag.ContentCreatorName, DicomVR.PN, "")
            .SetSequence(DicomTag.SharedFunctionalGroupsSequence, new DicomDataset()
                .SetSequence(DicomTag.PixelMeasuresSequence, new DicomDataset()
                    .Set(DicomTag.SliceThickness, DicomVR.DS, g.SpacingZ)
                    .Set(DicomTag.SpacingBetweenSlices, DicomVR.DS, g.SpacingZ)
                    .Set(DicomTag.PixelSpacing, DicomVR.DS, g.SpacingY, g.SpacingX))
                .SetSequence(DicomTag.PlaneOrientationSequence, new DicomDataset()
                    .Set(DicomTag.ImageOrientationPatient, DicomVR.DS, g.AxisX.X, g.AxisX.Y, g.AxisX.Z, g.AxisY.X, g.AxisY.Y, g.AxisY.Z)))
            .SetSequence(DicomTag.PerFrameFunctionalGroupsSequence, perFrame)
            .SetBytes(DicomTag.PixelData, DicomVR.OB, bits);
    }

    private static DicomDataset FrameGroups(VolumeGeometry g, int segment, int z, string sourceSopInstanceUid)
    {
        var position = g.IndexToPatient(0, 0, z);
        return new DicomDataset()
            .SetSequence(DicomTag.DerivationImageSequence, new DicomDataset()
                .SetSequence(DicomTag.DerivationCodeSequence, Code(new CodedConcept("113076", "DCM", "Segmentation")))
                .SetSequence(DicomTag.SourceImageSequence, Code(new CodedConcept("121322", "DCM", "Source image for image processing operation"), DicomTag.PurposeOfReferenceCodeSequence)
                    .Set(DicomTag.ReferencedSopClassUid, DicomVR.UI, DicomUid.CtImageStorage)
                    .Set(DicomTag.ReferencedSopInstanceUid, DicomVR.UI, sourceSopInstanceUid)))
            .SetSequence(DicomTag.FrameContentSequence, new DicomDataset()
                .Set(DicomTag.DimensionIndexValues, DicomVR.UL, segment, z + 1))
            .SetSequence(DicomTag.PlanePositionSequence, new DicomDataset()
                .Set(DicomTag.ImagePositionPatient, DicomVR.DS, position.X, position.Y, position.Z))
            .SetSequence(DicomTag.SegmentIdentificationSequence, new DicomDataset()
                .Set(DicomTag.ReferencedSegmentNumber, DicomVR.US, segment));
    }

    private static DicomDataset SegmentItem(SegmentDescription segment, int number)
    {
        var item = new DicomDataset()
            .SetSequence(DicomTag.SegmentedPropertyCategoryCodeSequence, Code(segment.Category))
            .Set(DicomTag.SegmentNumber, DicomVR.US, number)
            .Set(DicomTag.SegmentLabel, DicomVR.LO, segment.Label)
            .Set(DicomTag.SegmentAlgorithmType, DicomVR.CS, segment.AlgorithmType)
            .SetSequence(DicomTag.SegmentedPropertyTypeCodeSequence, Code(segment.Type));
        if (segment.AlgorithmType != "MANUAL") item.Set(DicomTag.SegmentAlgorithmName, DicomVR.LO, "LungSurvival");
        return item;
    }

    private static DicomDataset DimensionIndex(string organization, DicomTag pointer, DicomTag group, string label) => new DicomDataset()
        .Set(DicomTag.DimensionOrganizationUid, DicomVR.UI, organization)
        .Set(DicomTag.DimensionIndexPointer, pointer)
        .Set(DicomTag.FunctionalGroupPointer, group)
        .Set(new DicomTag(0x0020, 0x9421), DicomVR.LO, label);

    private static DicomDataset Code(CodedConcept code) => new DicomDataset()
        .Set(DicomTag.CodeValue, DicomVR.SH, code.Value)
        .Set(DicomTag.CodingSchemeDesignator, DicomVR.SH, code.Scheme)
        .Set(DicomTag.CodeMeaning, DicomVR.LO, code.Meaning);

    private static DicomDataset Code(CodedConcept code, DicomTag sequence) => new DicomDataset().SetSequence(sequence, Code(code));
}

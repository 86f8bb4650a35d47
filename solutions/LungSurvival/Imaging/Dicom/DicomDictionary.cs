using System.Globalization;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// A compact data dictionary (PS3.6) of the attributes this suite reads or writes and the common ones of CT,
/// SEG and RTSTRUCT objects: implicit-VR files carry no VR, so the reader looks it up here (unknown tags are UN).
/// </summary>
internal static class DicomDictionary
{
    public readonly record struct Entry(DicomVR VR, string Keyword);

    private static readonly Dictionary<uint, Entry> Entries = Parse(Table);

    public static bool TryGet(DicomTag tag, out Entry entry)
    {
        if (Entries.TryGetValue(tag.Value, out entry)) return true;
        if (tag.Element == 0x0000)
        {
            entry = new Entry(DicomVR.UL, "GroupLength");
            return true;
        }
        if (tag.IsPrivate && tag.Element is >= 0x0010 and <= 0x00FF)
        {
            entry = new Entry(DicomVR.LO, "PrivateCreator");
            return true;
        }
        return false;
    }

    public static DicomVR VRFor(DicomTag tag) => TryGet(tag, out var entry) ? entry.VR : DicomVR.UN;

    public static string KeywordFor(DicomTag tag) => TryGet(tag, out var entry) ? entry.Keyword
        : tag.IsPrivate ? "Private" : "Unknown";

    private static Dictionary<uint, Entry> Parse(string table)
    {
        var entries = new Dictionary<uint, Entry>();
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            entries[uint.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                new Entry(Enum.Parse<DicomVR>(parts[1]), parts[2]);
        }
        return entries;
    }

    // Tag (group and element in hex), VR, keyword: PS3.6 table 6-1, 7-1 and 8-1.
    private const string Table = """
        00020000 UL FileMetaInformationGroupLength
        00020001 OB FileMetaInformationVersion
        00020002 UI MediaStorageSOPClassUID
        00020003 UI MediaStorageSOPInstanceUID
        00020010 UI TransferSyntaxUID
        00020012 UI ImplementationClassUID
        00020013 SH ImplementationVersionName
        00020016 AE SourceApplicationEntityTitle
        00080005 CS SpecificCharacterSet
        00080008 CS ImageType
        00080012 DA InstanceCreationDate
        00080013 TM InstanceCreationTime
        00080016 UI SOPClassUID
        00080018 UI SOPInstanceUID
        00080020 DA StudyDate
        00080021 DA SeriesDate
        00080022 DA AcquisitionDate
        00080023 DA ContentDate
        00080030 TM StudyTime
        00080031 TM SeriesTime
        00080032 TM AcquisitionTime
        00080033 TM ContentTime
        00080050 SH AccessionNumber
        00080060 CS Modality
        00080064 CS ConversionType
        00080070 LO Manufacturer
        00080080 LO InstitutionName
        00080090 PN ReferringPhysicianName
        00080100 SH CodeValue
        00080102 SH CodingSchemeDesignator
        00080103 SH CodingSchemeVersion
        00080104 LO CodeMeaning
        00081010 SH StationName
        00081030 LO StudyDescription
        0008103E LO SeriesDescription
        00081090 LO ManufacturerModelName
        00081115 SQ ReferencedSeriesSequence
        00081140 SQ ReferencedImageSequence
        0008114A SQ ReferencedInstanceSequence
        00081150 UI ReferencedSOPClassUID
        00081155 UI ReferencedSOPInstanceUID
        00081160 IS ReferencedFrameNumber
        00082111 ST DerivationDescription
        00082112 SQ SourceImageSequence
        00089124 SQ DerivationImageSequence
        00089215 SQ DerivationCodeSequence
        00100010 PN PatientName
        00100020 LO PatientID
        00100030 DA PatientBirthDate
        00100040 CS PatientSex
        00101010 AS PatientAge
        00101020 DS PatientSize
        00101030 DS PatientWeight
        00120062 CS PatientIdentityRemoved
        00120063 LO DeidentificationMethod
        00180015 CS BodyPartExamined
        00180022 CS ScanOptions
        00180050 DS SliceThickness
        00180060 DS KVP
        00180088 DS SpacingBetweenSlices
        00180090 DS DataCollectionDiameter
        00181020 LO SoftwareVersions
        00181030 LO ProtocolName
        00181100 DS ReconstructionDiameter
        00181120 DS GantryDetectorTilt
        00181130 DS TableHeight
        00181140 CS RotationDirection
        00181150 IS ExposureTime
        00181151 IS XRayTubeCurrent
        00181152 IS Exposure
        00181160 SH FilterType
        00181210 SH ConvolutionKernel
        00185100 CS PatientPosition
        0020000D UI StudyInstanceUID
        0020000E UI SeriesInstanceUID
        00200010 SH StudyID
        00200011 IS SeriesNumber
        00200012 IS AcquisitionNumber
        00200013 IS InstanceNumber
        00200020 CS PatientOrientation
        00200032 DS ImagePositionPatient
        00200037 DS ImageOrientationPatient
        00200052 UI FrameOfReferenceUID
        00201040 LO PositionReferenceIndicator
        00201041 DS SliceLocation
        00209111 SQ FrameContentSequence
        00209113 SQ PlanePositionSequence
        00209116 SQ PlaneOrientationSequence
        00209157 UL DimensionIndexValues
        00209164 UI DimensionOrganizationUID
        00209165 AT DimensionIndexPointer
        00209167 AT FunctionalGroupPointer
        00209221 SQ DimensionOrganizationSequence
        00209222 SQ DimensionIndexSequence
        00209421 LO DimensionDescriptionLabel
        00280002 US SamplesPerPixel
        00280004 CS PhotometricInterpretation
        00280006 US PlanarConfiguration
        00280008 IS NumberOfFrames
        00280010 US Rows
        00280011 US Columns
        00280030 DS PixelSpacing
        00280100 US BitsAllocated
        00280101 US BitsStored
        00280102 US HighBit
        00280103 US PixelRepresentation
        00280106 US SmallestImagePixelValue
        00280107 US LargestImagePixelValue
        00280120 US PixelPaddingValue
        00281050 DS WindowCenter
        00281051 DS WindowWidth
        00281052 DS RescaleIntercept
        00281053 DS RescaleSlope
        00281054 LO RescaleType
        00282110 CS LossyImageCompression
        00289110 SQ PixelMeasuresSequence
        00321060 LO RequestedProcedureDescription
        0040A170 SQ PurposeOfReferenceCodeSequence
        00620001 CS SegmentationType
        00620002 SQ SegmentSequence
        00620003 SQ SegmentedPropertyCategoryCodeSequence
        00620004 US SegmentNumber
        00620005 LO SegmentLabel
        00620006 ST SegmentDescription
        00620008 CS SegmentAlgorithmType
        00620009 LO SegmentAlgorithmName
        0062000A SQ SegmentIdentificationSequence
        0062000B US ReferencedSegmentNumber
        0062000C US RecommendedDisplayGrayscaleValue
        0062000D US RecommendedDisplayCIELabValue
        0062000E US MaximumFractionalValue
        0062000F SQ SegmentedPropertyTypeCodeSequence
        00620010 CS SegmentationFractionalType
        00700080 CS ContentLabel
        00700081 LO ContentDescription
        00700084 PN ContentCreatorName
        30060002 SH StructureSetLabel
        30060004 LO StructureSetName
        30060008 DA StructureSetDate
        30060009 TM StructureSetTime
        30060010 SQ ReferencedFrameOfReferenceSequence
        30060012 SQ RTReferencedStudySequence
        30060014 SQ RTReferencedSeriesSequence
        30060016 SQ ContourImageSequence
        30060020 SQ StructureSetROISequence
        30060022 IS ROINumber
        30060024 UI ReferencedFrameOfReferenceUID
        30060026 LO ROIName
        30060028 ST ROIDescription
        3006002A IS ROIDisplayColor
        30060036 CS ROIGenerationAlgorithm
        30060039 SQ ROIContourSequence
        30060040 SQ ContourSequence
        30060042 CS ContourGeometricType
        30060046 IS NumberOfContourPoints
        30060048 IS ContourNumber
        30060050 DS ContourData
        30060080 SQ RTROIObservationsSequence
        30060082 IS ObservationNumber
        30060084 IS ReferencedROINumber
        300600A4 CS RTROIInterpretedType
        300600A6 PN ROIInterpreter
        52009229 SQ SharedFunctionalGroupsSequence
        52009230 SQ PerFrameFunctionalGroupsSequence
        7FE00010 OW PixelData
        FFFCFFFC OB DataSetTrailingPadding
        """;
}

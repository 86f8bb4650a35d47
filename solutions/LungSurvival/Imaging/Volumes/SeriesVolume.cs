namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>
/// An assembled image series: the volume in rescaled units (Hounsfield units for CT), the identifiers that
/// segmentations refer to, the SOP Instance UID of each slice in volume order, and what looked wrong.
/// </summary>
public sealed record SeriesVolume(
    Volume3D<float> Volume,
    string SeriesInstanceUid,
    string? StudyInstanceUid,
    string? FrameOfReferenceUid,
    string? PatientId,
    IReadOnlyList<string> SliceSopInstanceUids,
    IReadOnlyList<string> Warnings);

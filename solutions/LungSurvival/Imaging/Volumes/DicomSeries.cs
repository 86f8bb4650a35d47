using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>The files of one series (same Series Instance UID), in the order they were found.</summary>
public sealed record DicomSeries(string SeriesInstanceUid, string Modality, IReadOnlyList<DicomFile> Files);

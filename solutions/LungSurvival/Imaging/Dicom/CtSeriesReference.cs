namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A written CT series as a segmentation refers to it: its metadata, SOP Instance UIDs (slice order) and files.</summary>
public sealed record CtSeriesReference(CtSeriesMetadata Metadata, IReadOnlyList<string> SliceSopInstanceUids, IReadOnlyList<string> Paths);

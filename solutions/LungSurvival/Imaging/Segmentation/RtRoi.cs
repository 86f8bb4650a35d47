namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>A region of interest of an RT Structure Set with its contours (ROI Contour Sequence joined by ROI number).</summary>
public sealed record RtRoi(int Number, string Name, string? FrameOfReferenceUid, IReadOnlyList<RtContour> Contours);

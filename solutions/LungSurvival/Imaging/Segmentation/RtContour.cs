using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>One contour of an RT Structure Set ROI: its geometric type (CLOSED_PLANAR, POINT, ...) and points in patient mm.</summary>
public sealed record RtContour(string GeometricType, IReadOnlyList<Vector3D> Points);

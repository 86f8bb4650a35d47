namespace Solutions.BirdDetection.Evaluation;

/// <summary>Average precision of one class.</summary>
/// <param name="ClassIndex">0-based position in the selected class list.</param>
/// <param name="GroundTruthCount">Annotated objects of the class over all images.</param>
/// <param name="DetectionCount">Detections of the class over all images.</param>
/// <param name="TruePositives">Detections matched to a not yet matched ground truth at the IoU threshold.</param>
/// <param name="AveragePrecision">Area under the interpolated precision-recall curve; null when the class has no ground truth.</param>
public sealed record ClassAveragePrecision(
    int ClassIndex, int GroundTruthCount, int DetectionCount, int TruePositives, double? AveragePrecision);

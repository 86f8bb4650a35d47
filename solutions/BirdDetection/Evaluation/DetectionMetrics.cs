namespace Solutions.BirdDetection.Evaluation;

/// <summary>Mean average precision of a detector over a set of images.</summary>
/// <param name="MeanAveragePrecision">Mean of the classes' average precisions, over the classes that have ground truth.</param>
/// <param name="IouThreshold">IoU at which a detection counts as finding an object (0.5 for mAP@0.5).</param>
/// <param name="PerClass">One entry per class, in class order.</param>
public sealed record DetectionMetrics(double MeanAveragePrecision, double IouThreshold, IReadOnlyList<ClassAveragePrecision> PerClass);

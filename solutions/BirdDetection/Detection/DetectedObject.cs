using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// One detected object, as SageMaker's object detection output gives it: [class, score, xmin, ymin, xmax, ymax].
/// </summary>
/// <param name="ClassIndex">0-based position in the selected class list.</param>
/// <param name="Score">Objectness times the class probability, in [0, 1].</param>
/// <param name="Box">Where the object is, in normalised image coordinates.</param>
public sealed record DetectedObject(int ClassIndex, double Score, NormalisedBox Box);

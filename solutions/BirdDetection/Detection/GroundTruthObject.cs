using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Detection;

/// <summary>An annotated object of an image.</summary>
/// <param name="ClassIndex">0-based position in the selected class list (CUB's 1-based class id minus the offset of the selection).</param>
/// <param name="Box">The object's bounding box in normalised image coordinates.</param>
public sealed record GroundTruthObject(int ClassIndex, NormalisedBox Box);

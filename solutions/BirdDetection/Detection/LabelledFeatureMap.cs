using Solutions.BirdDetection.Backbone;

namespace Solutions.BirdDetection.Detection;

/// <summary>A training example for the detection head: an image's feature map and the objects annotated on it.</summary>
/// <param name="Map">The backbone's feature map of the (stretched, square) image.</param>
/// <param name="Objects">The image's annotated objects; may be empty for an image with no bird.</param>
public sealed record LabelledFeatureMap(FeatureMap Map, IReadOnlyList<GroundTruthObject> Objects);

using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Inference;

namespace Solutions.BirdDetection.Reporting;

/// <summary>A test image drawn with the flip-augmented model's detections, for the report.</summary>
/// <param name="RelativePath">The PNG's path relative to the report.</param>
public sealed record SamplePicture(CubImage Image, string RelativePath, IReadOnlyList<DetectedBird> Detections);

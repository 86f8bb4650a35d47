namespace Solutions.BirdDetection.Bundles;

/// <summary>One species a model tells apart.</summary>
/// <param name="ClassIndex">0-based position in the model's species list, as detections give it (SageMaker's format).</param>
/// <param name="CubClassId">The 1-based class id in the data set's classes.txt.</param>
/// <param name="Name">The species name for people, e.g. <c>Black footed Albatross</c>.</param>
public sealed record SpeciesLabel(int ClassIndex, int CubClassId, string Name);

namespace Solutions.BirdDetection.Reporting;

/// <summary>Average precision at IoU 0.5 of one species for both heads.</summary>
/// <param name="Boxes">The species' annotated boxes among the evaluation images.</param>
/// <param name="Baseline">The baseline head's AP; null when the species has no evaluation box.</param>
/// <param name="Flipped">The flip-augmented head's AP; null when the species has no evaluation box.</param>
public sealed record SpeciesAveragePrecision(int ClassIndex, int CubClassId, string Species, int Boxes, double? Baseline, double? Flipped);

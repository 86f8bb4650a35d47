using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>One filled shape of a bird, already placed in the image.</summary>
internal sealed record BirdPart(SKPath Path, SKColor Colour, bool Outlined);

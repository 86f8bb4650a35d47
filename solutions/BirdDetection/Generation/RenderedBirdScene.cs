using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Generation;

/// <summary>One generated photograph: its size, the bird's box and how it was posed, and the JPEG bytes.</summary>
/// <param name="Occluded">True when a leafy twig was drawn over part of the bird.</param>
public sealed record RenderedBirdScene(int Width, int Height, PixelBox Box, bool FacesRight, bool Occluded, byte[] Jpeg);

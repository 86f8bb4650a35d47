using Solutions.BirdDetection.Backbone;

namespace Solutions.BirdDetection.Features;

/// <summary>
/// The backbone feature maps of one image file; a map is <see langword="null"/> when its flip was not requested.
/// </summary>
public sealed record ImageFeatures(string ImagePath, FeatureMap? Plain, FeatureMap? Mirrored);

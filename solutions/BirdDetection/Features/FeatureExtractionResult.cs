namespace Solutions.BirdDetection.Features;

/// <summary>The feature maps of a list of images, in the list's order, and where they came from.</summary>
/// <param name="CacheHits">Maps read from the cache.</param>
/// <param name="Computed">Maps computed by the backbone (and then cached).</param>
/// <param name="InvalidCacheEntries">Cache files found truncated or corrupt, recomputed and rewritten.</param>
public sealed record FeatureExtractionResult(
    IReadOnlyList<ImageFeatures> Images, int CacheHits, int Computed, int InvalidCacheEntries);

namespace Solutions.BirdDetection.Features;

/// <summary>What <see cref="FeatureCache.TryRead"/> found.</summary>
public enum FeatureCacheLookup
{
    /// <summary>A valid entry; the map was read.</summary>
    Hit,

    /// <summary>No entry yet.</summary>
    Missing,

    /// <summary>An entry that is truncated, corrupt or for another key; it must be recomputed.</summary>
    Invalid,
}

namespace Solutions.BirdDetection.Training;

/// <summary>Wall-clock seconds of a run's steps, for the console and the benchmarks.</summary>
/// <param name="FeaturesComputed">Feature maps computed by the backbone (the others came from the cache).</param>
/// <param name="EpochSeconds">Seconds per epoch of training both heads and measuring them.</param>
public sealed record BirdRunTimings(double LoadSeconds, double FeaturizeSeconds, int FeaturesComputed, int FeaturesCached, IReadOnlyList<double> EpochSeconds);

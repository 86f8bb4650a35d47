namespace Solutions.LungSurvival.Benchmarks;

/// <summary>One feature class's best time on the benchmark tumour, given the prepared region.</summary>
public sealed record FeatureClassTiming(string FeatureClass, double Milliseconds);

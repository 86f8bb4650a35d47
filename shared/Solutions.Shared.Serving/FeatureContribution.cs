namespace Solutions.Shared.Serving;

/// <summary>How much one input feature moved a row's score.</summary>
public sealed record FeatureContribution(string Feature, double Contribution);

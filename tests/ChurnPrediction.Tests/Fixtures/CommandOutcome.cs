namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>What one invocation of the churn command line returned and printed through its writers.</summary>
public sealed record CommandOutcome(int ExitCode, string Output, string Error);

namespace Solutions.PaymentClassification.Tests.Fixtures;

/// <summary>What one invocation of the payment command line returned and printed.</summary>
public sealed record CommandOutcome(int ExitCode, string Output, string Error);

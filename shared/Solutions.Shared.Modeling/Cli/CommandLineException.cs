namespace Solutions.Shared.Modeling.Cli;

/// <summary>A command line the user must correct: an unknown command or option, a missing or bad value.</summary>
public sealed class CommandLineException(string message) : Exception(message);

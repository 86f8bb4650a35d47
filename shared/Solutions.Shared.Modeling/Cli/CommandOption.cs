namespace Solutions.Shared.Modeling.Cli;

/// <summary>A <c>--name VALUE</c> option a command accepts.</summary>
/// <param name="Name">The name without dashes, e.g. <c>data</c>.</param>
/// <param name="ValueName">How help shows the value, e.g. <c>FILE</c>.</param>
/// <param name="Description">One line for the help text, including the default.</param>
/// <param name="Required">True when the command cannot run without it.</param>
public sealed record CommandOption(string Name, string ValueName, string Description, bool Required = false)
{
    /// <summary>The convention every solution's <c>run</c> shares: <c>--data FILE|DIR</c>.</summary>
    public static CommandOption Data(string defaultDescription) =>
        new("data", "FILE|DIR", $"input data (default: {defaultDescription})");

    /// <summary><c>--out DIR</c>: where metrics.json, report.md, the charts and model/ go.</summary>
    public static CommandOption Out(string defaultDescription) =>
        new("out", "DIR", $"output folder (default: {defaultDescription})");

    /// <summary><c>--seed N</c>: the seed of every random source of the run.</summary>
    public static readonly CommandOption Seed = new("seed", "N", "random seed (default: 42)");
}

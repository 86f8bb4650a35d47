namespace Solutions.Shared.Modeling.Cli;

/// <summary>One command of a solution's command line, e.g. <c>run</c> or <c>serve</c>.</summary>
public interface ISolutionCommand
{
    string Name { get; }

    /// <summary>One line for the help text.</summary>
    string Summary { get; }

    IReadOnlyList<CommandOption> Options { get; }

    /// <returns>The process exit code.</returns>
    Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken);
}

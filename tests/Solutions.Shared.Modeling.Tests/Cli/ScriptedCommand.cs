using Solutions.Shared.Modeling.Cli;

namespace Solutions.Shared.Modeling.Tests.Cli;

/// <summary>A command that records what it was given and does what the test scripts.</summary>
internal sealed class ScriptedCommand(string name, IReadOnlyList<CommandOption> options, Func<CommandArguments, int>? body = null)
    : ISolutionCommand
{
    public string Name { get; } = name;

    public string Summary => $"the {Name} step";

    public IReadOnlyList<CommandOption> Options { get; } = options;

    /// <summary>The arguments of each call, in order.</summary>
    public List<CommandArguments> Calls { get; } = [];

    public CancellationToken LastToken { get; private set; }

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        Calls.Add(arguments);
        LastToken = cancellationToken;
        return Task.FromResult(body?.Invoke(arguments) ?? 0);
    }
}

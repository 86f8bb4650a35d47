using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Cli;

/// <summary>
/// The command line every solution shares: <c>&lt;solution&gt; [command] [--option value ...]</c>, the first
/// command being the default. User mistakes print one clear line and exit 2; failures in the data or model exit 1.
/// </summary>
public sealed class SolutionCommandLine(string solution, IReadOnlyList<ISolutionCommand> commands, TextWriter output, TextWriter error)
{
    public const int UsageError = 2;
    public const int Failure = 1;

    public static Task<int> RunAsync(string solution, string[] args, params ISolutionCommand[] commands) =>
        new SolutionCommandLine(solution, commands, Console.Out, Console.Error).RunAsync(args, CancellationToken.None);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // "--help" after a command name ("churn run --help") is how most people ask, so it counts anywhere.
        if (args is ["--help" or "-h" or "help", ..] || args.Contains("--help"))
        {
            WriteHelp(output);
            return 0;
        }
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? commands.FirstOrDefault(c => c.Name == args[0])
            : commands[0];
        if (command is null)
        {
            error.WriteLine($"{solution}: unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
            return UsageError;
        }
        var rest = args.Length > 0 && args[0] == command.Name ? args[1..] : args;
        try
        {
            var arguments = CommandArguments.Parse(command.Name, rest, command.Options);
            return await command.ExecuteAsync(arguments, cancellationToken);
        }
        catch (CommandLineException e)
        {
            error.WriteLine($"{solution}: {e.Message}");
            error.WriteLine($"Run '{solution} --help' for the commands and options.");
            return UsageError;
        }
        // A missing file, an unwritable --out folder or a full disk is the user's to fix, not a crash to report.
        catch (Exception e) when (e is TabularDataException or CsvSyntaxException or ModelBundleException
                                      or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"{solution}: {e.Message}");
            return Failure;
        }
    }

    private void WriteHelp(TextWriter writer)
    {
        writer.WriteLine($"Usage: {solution} [command] [options]   (default command: {commands[0].Name})");
        foreach (var command in commands)
        {
            writer.WriteLine();
            writer.WriteLine($"  {command.Name,-10} {command.Summary}");
            foreach (var option in command.Options)
            {
                writer.WriteLine($"      --{option.Name} {option.ValueName,-10} {option.Description}{(option.Required ? " (required)" : "")}");
            }
        }
    }
}

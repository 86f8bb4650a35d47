using Solutions.ChurnPrediction.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>The solution's command line exactly as Program.cs composes it, with output captured.</summary>
public static class ChurnCommandLine
{
    public static async Task<CommandOutcome> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var commandLine = new SolutionCommandLine(
            ChurnRunOptions.SolutionName,
            [new RunCommand(), new EvaluateCommand(), new PredictCommand(), new ServeCommand()],
            output,
            error);
        var exitCode = await commandLine.RunAsync(args, CancellationToken.None);
        return new CommandOutcome(exitCode, output.ToString(), error.ToString());
    }
}

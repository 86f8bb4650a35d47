using Solutions.PaymentClassification.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PaymentClassification.Tests.Fixtures;

/// <summary>
/// The solution's command line as Program.cs composes it, with its output captured. The commands print their
/// results with Console, so this redirects Console too, one command line at a time.
/// </summary>
public static class PaymentCommandLine
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<CommandOutcome> RunAsync(params string[] args)
    {
        await OneAtATime.WaitAsync();
        var (consoleOut, consoleError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var commandLine = new SolutionCommandLine(
                PaymentRunOptions.SolutionName,
                [new RunCommand(), new GenerateCommand(), new IngestCommand(), new EvaluateCommand(), new PredictCommand(), new ServeCommand(), new BenchmarkCommand()],
                output,
                error);
            var exitCode = await commandLine.RunAsync(args, CancellationToken.None);
            return new CommandOutcome(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(consoleOut);
            Console.SetError(consoleError);
            OneAtATime.Release();
        }
    }
}

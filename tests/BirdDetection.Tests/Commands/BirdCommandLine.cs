using Solutions.BirdDetection.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Tests.Commands;

/// <summary>Runs the BirdDetection command line with the console captured; callers belong to <see cref="BirdRunCollection"/>.</summary>
internal static class BirdCommandLine
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await new SolutionCommandLine("BirdDetection", [new RunCommand(), new GenerateCommand(), new DetectCommand()], output, error)
                .RunAsync(args, CancellationToken.None);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

using Solutions.PriceOptimization.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PriceOptimization.Tests.Fixtures;

/// <summary>Runs the solution's command line in-process and captures what it prints.</summary>
public static class CommandLine
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var original = Console.Out;
        // Commands print their summary to Console; the tests read it.
        Console.SetOut(output);
        try
        {
            var code = await new SolutionCommandLine("PriceOptimization",
                [new RunCommand(), new GenerateCommand(), new WhatIfCommand(), new ServeCommand(), new BenchmarkCommand()], output, error)
                .RunAsync(args, CancellationToken.None);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}

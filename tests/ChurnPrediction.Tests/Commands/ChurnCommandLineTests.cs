using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Commands;

/// <summary>The command line as Program.cs composes it: the commands it offers and how it answers mistakes.</summary>
public sealed class ChurnCommandLineTests
{
    [Fact]
    public async Task Help_lists_every_command_with_its_options()
    {
        var outcome = await ChurnCommandLine.RunAsync("--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var text in new[] { "run", "evaluate", "predict", "serve", "--data", "--out", "--seed", "--model", "--input", "--output", "--port" })
        {
            Assert.Contains(text, outcome.Output);
        }
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_listing_the_commands()
    {
        var outcome = await ChurnCommandLine.RunAsync("train");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("run, evaluate, predict, serve", outcome.Error);
    }

    [Fact]
    public async Task An_option_another_command_takes_is_a_usage_error_listing_the_right_ones()
    {
        var outcome = await ChurnCommandLine.RunAsync("predict", "--data", "customers.csv");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--data", outcome.Error);
        Assert.Contains("--model, --input, --output", outcome.Error);
    }
}

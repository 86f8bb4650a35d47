using Solutions.BirdDetection.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Tests.Serving;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_is_listed_and_refuses_a_missing_bundle_before_listening()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-bird-bundle-{Guid.NewGuid():N}");
        var (_, help) = await RunAsync("--help");
        var (code, error) = await RunAsync("serve", "--model", missing, "--port", "0");

        Assert.Contains("serve", help);
        Assert.Contains("--model", help);
        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains(missing, error);
    }

    private static async Task<(int Code, string Text)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await new SolutionCommandLine("BirdDetection", [new RunCommand(), new GenerateCommand(), new DetectCommand(), new ServeCommand()], output, error)
            .RunAsync(args, CancellationToken.None);
        return (code, args[0] == "--help" ? output + error.ToString() : error.ToString());
    }
}

using Solutions.Shared.Reporting.Progress;

namespace Solutions.Shared.Reporting.Tests.Progress;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Redirected_output_gets_plain_lines()
    {
        // The test host captures standard output, so this process is the redirected case.
        Assert.True(Console.IsOutputRedirected);

        Assert.IsType<PlainProgressDisplay>(ProgressDisplay.ForConsole());
    }
}

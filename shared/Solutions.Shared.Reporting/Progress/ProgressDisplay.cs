using Spectre.Console;

namespace Solutions.Shared.Reporting.Progress;

/// <summary>Picks the progress display that suits the current console.</summary>
public static class ProgressDisplay
{
    /// <summary>
    /// A live Spectre.Console display when a person is watching an interactive terminal;
    /// plain timestamped lines on standard output when it is redirected to a file, a pipe or a CI log.
    /// </summary>
    public static IProgressDisplay ForConsole()
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return new PlainProgressDisplay(Console.Out);
        }

        return new SpectreProgressDisplay(AnsiConsole.Console);
    }
}

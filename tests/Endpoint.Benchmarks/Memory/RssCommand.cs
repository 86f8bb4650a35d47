using System.Diagnostics;
using Solutions.Endpoint.Benchmarks.Measurement;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.Endpoint.Benchmarks.Memory;

/// <summary><c>rss --pid N</c>: samples a server's resident memory every few seconds while a load run goes on.</summary>
public sealed class RssCommand : ISolutionCommand
{
    public string Name => "rss";

    public string Summary => "sample a process's resident memory (VmRSS) every few seconds; write the trace as JSON";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("pid", "N", "the server's process id", Required: true),
        new("seconds", "N", "how long to sample (default: 60)"),
        new("interval", "N", "seconds between samples (default: 5)"),
        new("out", "FILE", "JSON trace", Required: true),
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var pid = arguments.GetInt("pid", 0);
        var duration = TimeSpan.FromSeconds(arguments.GetInt("seconds", 60));
        var interval = TimeSpan.FromSeconds(arguments.GetInt("interval", 5));
        if (interval <= TimeSpan.Zero || duration < interval)
        {
            throw new CommandLineException("'rss': --interval must be at least 1 and at most --seconds");
        }
        var samples = new List<RssSample>();
        var clock = Stopwatch.StartNew();
        // One reading at the start, one per interval, one at the very end: start and end are what "flat" compares.
        while (true)
        {
            samples.Add(new RssSample(Math.Round(clock.Elapsed.TotalSeconds, 1), ResidentMemory.Kilobytes(pid)));
            var left = duration - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                break;
            }
            await Task.Delay(left < interval ? left : interval, cancellationToken);
        }
        var trace = new RssTrace(pid, samples);
        ResultFiles.Write(arguments.Required("out"), trace);
        Console.WriteLine($"RSS of {pid}: start {trace.StartKilobytes / 1024.0:N1} MiB, end {trace.EndKilobytes / 1024.0:N1} MiB, " +
                          $"max {trace.MaxKilobytes / 1024.0:N1} MiB over {samples.Count} samples");
        return 0;
    }
}

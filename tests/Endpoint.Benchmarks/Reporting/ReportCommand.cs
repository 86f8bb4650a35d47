using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.Endpoint.Benchmarks.Reporting;

/// <summary><c>report</c>: renders a results folder as the Markdown of docs/benchmarks.md's Endpoint section.</summary>
public sealed class ReportCommand : ISolutionCommand
{
    public string Name => "report";

    public string Summary => "render run.sh's results folder as Markdown tables, with the aims checked";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("results", "DIR", "run.sh's results (default: artifacts/benchmarks/endpoint)"),
        new("out", "FILE", "Markdown output (default: <results>/report.md)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.GetPath("results", () => RepositoryRoot.Resolve("artifacts", "benchmarks", "endpoint"));
        var output = arguments.Get("out") ?? Path.Combine(folder, "report.md");
        var markdown = EndpointBenchmarkReport.Render(BenchmarkResults.Read(folder), DateTimeOffset.UtcNow);
        File.WriteAllText(output, markdown);
        Console.Write(markdown);
        Console.WriteLine($"Wrote {output}");
        return Task.FromResult(0);
    }
}

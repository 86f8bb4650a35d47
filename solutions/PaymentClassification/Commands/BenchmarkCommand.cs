using Solutions.PaymentClassification.Benchmarks;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Commands;

/// <summary><c>benchmark [--rows N] [--seconds N] [--out DIR]</c>: generation, ingest, point-in-time build, online lookup and /invocations figures.</summary>
public sealed class BenchmarkCommand : ISolutionCommand
{
    public const string ResultFile = "benchmark.json";

    public string Name => "benchmark";

    public string Summary => "measure generation, ingest, point-in-time build, online lookup and /invocations (wrk, 16 connections, loopback)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        PaymentOptions.Rows,
        new("seconds", "N", "length of the /invocations load test (default: 10)"),
        CommandOption.Out("artifacts/payment/benchmark/"),
        CommandOption.Seed,
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var rows = PaymentOptions.GetRows(arguments);
        var seconds = arguments.GetInt("seconds", 10);
        if (seconds is < 1 or > 600)
        {
            throw new CommandLineException($"'{Name}': --seconds must be between 1 and 600, not {seconds}.");
        }
        var output = arguments.GetPath("out", () => Path.Combine(PaymentRunOptions.DefaultOutputFolder, "benchmark"));
        var work = Path.Combine(output, "work");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        BenchmarkResult result;
        try
        {
            result = await PaymentBenchmark.RunAsync(rows, work, seconds, arguments.Seed, ProgressDisplay.ForConsole());
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
        MetricsJson.Write(Path.Combine(output, ResultFile), result);
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {result.LoadAverageAtStart:0.0} at start; {rows:N0} rows");
        Console.WriteLine($"generation: {result.GenerationRowsPerSecond:N0} rows/s");
        Console.WriteLine($"ingest into SQLite: {result.IngestSeconds:0.00} s, {result.IngestRowsPerSecond:N0} rows/s wall ({result.IngestCpuRowsPerSecond:N0} rows/s of CPU)");
        Console.WriteLine($"point-in-time build of {rows:N0} rows: {result.PointInTimeBuildSeconds:0.00} s wall ({result.PointInTimeBuildCpuSeconds:0.00} s CPU)");
        Console.WriteLine($"online lookup: median {result.OnlineLookupMedianMicroseconds:0.0} µs, p99 {result.OnlineLookupP99Microseconds:0.0} µs ({result.OnlineLookups:N0} lookups)");
        Console.WriteLine(result.Invocations is { } load
            ? $"/invocations (1 transaction, {load.Connections} connections, {load.Seconds} s): p50 {load.P50Milliseconds:0.00} ms, p99 {load.P99Milliseconds:0.00} ms, " +
              $"{load.RequestsPerSecond:N0} requests/s, {load.Errors:N0} errors"
            : "/invocations: skipped, wrk is not installed (Debian: apt-get install wrk)");
        Console.WriteLine($"Written to {Path.Combine(output, ResultFile)}");
        return 0;
    }
}

using System.Globalization;
using Solutions.Endpoint.Benchmarks.Measurement;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.Endpoint.Benchmarks.InProcess;

/// <summary>
/// <c>inprocess</c>: the churn model's latency and throughput called in this process, at the same concurrency
/// levels as the wrk runs, so the endpoint's overhead is endpoint latency minus these.
/// </summary>
public sealed class InProcessCommand : ISolutionCommand
{
    public const string ModelTarget = "in-process model";
    public const string ContractTarget = "in-process contract";

    public string Name => "inprocess";

    public string Summary => "score one churn row in process at each concurrency; write latency percentiles as JSON";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "churn bundle (default: artifacts/churn/model)"),
        CommandOption.Data("data/churn/churn.csv"),
        new("concurrency", "N,N,...", "caller threads per run (default: 1,16,64)"),
        new("seconds", "N", "measured seconds per run (default: 10)"),
        new("warmup", "N", "unmeasured seconds before each run (default: 3)"),
        new("out", "FILE", "JSON results (default: artifacts/benchmarks/endpoint/inprocess.json)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var model = arguments.GetPath("model", () => RepositoryRoot.Resolve("artifacts", "churn", "model"));
        var data = arguments.GetInputFile("data", "churn.csv", () => RepositoryRoot.Resolve("data", "churn", "churn.csv"));
        var levels = ConcurrencyLevels(arguments.Get("concurrency") ?? "1,16,64");
        var seconds = TimeSpan.FromSeconds(arguments.GetInt("seconds", 10));
        var warmup = TimeSpan.FromSeconds(arguments.GetInt("warmup", 3));
        var output = arguments.GetPath("out", () => RepositoryRoot.Resolve("artifacts", "benchmarks", "endpoint", "inprocess.json"));

        var workload = ChurnWorkload.Load(model, data);
        Console.WriteLine($"Row: {workload.CsvRow}");
        Console.WriteLine($"Answer: {workload.Answer().TrimEnd()}");
        var results = new List<LatencySummary>();
        foreach (var concurrency in levels)
        {
            var load = new ClosedLoopLoad(concurrency, warmup, seconds);
            results.Add(Report(load.Run(ModelTarget, workload.ScoreRow)));
            results.Add(Report(load.Run(ContractTarget, () => workload.ScoreRequest())));
        }
        ResultFiles.Write(output, results);
        Console.WriteLine($"Wrote {output}");
        return Task.FromResult(0);
    }

    private static LatencySummary Report(LatencySummary result)
    {
        Console.WriteLine(
            $"{result.Target,-20} c={result.Concurrency,-3} {result.RequestsPerSecond,10:N0} req/s  " +
            $"p50 {result.P50Micros,8:N1} µs  p99 {result.P99Micros,8:N1} µs");
        return result;
    }

    private static int[] ConcurrencyLevels(string text)
    {
        var levels = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return levels.Length > 0 && levels.All(l => int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1024)
            ? levels.Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray()
            : throw new CommandLineException($"'inprocess': --concurrency '{text}' is not a comma-separated list of whole numbers 1-1024");
    }
}

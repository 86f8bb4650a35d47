using System.Diagnostics;
using System.Globalization;
using Solutions.ChurnPrediction.Benchmarks.Http;
using Solutions.ChurnPrediction.Benchmarks.Inference;
using Solutions.ChurnPrediction.Benchmarks.Reporting;
using Solutions.ChurnPrediction.Benchmarks.Training;
using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.ChurnPrediction.Benchmarks;

/// <summary>
/// <c>run</c>: times training, in-process prediction and <c>/invocations</c> under load, prints the Markdown tables
/// (progress goes to standard error) and, with <c>--write-docs FILE</c>, puts them in that file's measured section.
/// </summary>
public sealed class BenchmarkCommand : ISolutionCommand
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public string Name => "run";

    public string Summary => "measure training time, prediction latency and /invocations throughput; print Markdown tables";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("data/churn/churn.csv"),
        new("model", "DIR", "bundle to measure (default: bundle the last training run into a temporary folder)"),
        new("runs", "N", "training runs (default: 3)"),
        new("calls", "N", "timed calls per in-process latency measure (default: 100000)"),
        new("connections", "LIST", "concurrent connections per HTTP level (default: 1,16,64)"),
        new("seconds", "N", "seconds of load per HTTP level (default: 10)"),
        new("warm-up", "N", "seconds of HTTP load before the levels, not reported (default: 5)"),
        new("server-env", "LIST", "environment of the server process only, e.g. DOTNET_gcServer=1;DOTNET_TieredPGO=0"),
        new("write-docs", "FILE", "replace the measured section of FILE (e.g. docs/benchmarks.md); Release builds only"),
        CommandOption.Seed,
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var docs = arguments.Get("write-docs") is { } docsPath ? Path.GetFullPath(docsPath) : null;
        if (docs is not null && Configuration != "Release")
        {
            throw new CommandLineException("--write-docs records figures, so it needs a Release build (dotnet run -c Release, or run.sh).");
        }
        if (docs is not null)
        {
            DocsSection.Check(docs);
        }
        var options = new ChurnRunOptions(
            arguments.GetPath("data", () => ChurnRunOptions.DefaultDataPath),
            Path.Combine(Path.GetTempPath(), $"churn-benchmark-{Environment.ProcessId}"),
            arguments.Seed);
        var connections = ConnectionLevels(arguments.Get("connections") ?? "1,16,64");
        var serverEnvironment = ServerEnvironment(arguments.Get("server-env") ?? "");
        var log = Console.Error;

        var machine = MachineDescription.Capture();
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            log.WriteLine($"Training ({Configuration} build, load average {machine.LoadAverage})");
            var (training, lastRun) = TrainingBenchmark.Measure(options, Positive(arguments, "runs", 3), log);

            var givenModel = arguments.Get("model") is { } model ? Path.GetFullPath(model) : null;
            var modelFolder = givenModel ?? options.ModelFolder;
            if (givenModel is null)
            {
                ChurnBundle.Save(modelFolder, lastRun.Model, lastRun.Evaluation.DeployedCutoff, options.DataPath,
                    ChurnMetrics.From(lastRun.Evaluation, options.Seed).ForManifest(), lastRun.Data.Rows.Take(100));
            }
            log.WriteLine($"In-process prediction with the bundle in {modelFolder}");
            var (_, predictor) = ChurnBundle.Load(modelFolder);
            var customers = lastRun.Data.Rows;
            var inProcess = InProcessBenchmark.Measure(predictor, customers, Positive(arguments, "calls", 100_000), log);

            var loadBeforeHttp = MachineDescription.CurrentLoadAverage();
            log.WriteLine($"HTTP /invocations under wrk (load average {loadBeforeHttp})");
            var http = await HttpBenchmark.MeasureAsync(
                new HttpBenchmarkSettings(
                    ServerAssembly(), modelFolder, CsvRequestRow.From(customers[0]), connections,
                    Positive(arguments, "seconds", 10), arguments.GetInt("warm-up", 5), serverEnvironment),
                log);

            var results = new BenchmarkResults(
                machine, started, clock.Elapsed, Configuration, training, inProcess, http, loadBeforeHttp, MachineDescription.CurrentLoadAverage());
            var markdown = BenchmarkMarkdown.Render(results);
            Console.WriteLine(markdown);
            if (docs is not null)
            {
                DocsSection.Replace(docs, markdown);
                log.WriteLine($"Wrote the measured section of {docs}");
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(options.OutputFolder))
            {
                Directory.Delete(options.OutputFolder, recursive: true);
            }
        }
    }

    /// <summary>The ChurnPrediction build beside this one, of the same configuration (building this project builds it).</summary>
    private static string ServerAssembly() =>
        RepositoryRoot.Resolve("artifacts", "bin", "ChurnPrediction", Configuration.ToLowerInvariant(), "ChurnPrediction.dll");

    private static int Positive(CommandArguments arguments, string name, int defaultValue)
    {
        var value = arguments.GetInt(name, defaultValue);
        return value > 0 ? value : throw new CommandLineException($"--{name} must be positive, not {value}.");
    }

    private static int[] ConnectionLevels(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(item =>
            int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1024
                ? n
                : throw new CommandLineException($"--connections: '{item}' is not a whole number from 1 to 1024 (expected e.g. 1,16,64)."))];

    private static Dictionary<string, string> ServerEnvironment(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Split('=', 2))
            .ToDictionary(
                pair => pair.Length == 2 && pair[0].Length > 0
                    ? pair[0]
                    : throw new CommandLineException($"--server-env: '{string.Join('=', pair)}' is not NAME=VALUE."),
                pair => pair[1],
                StringComparer.Ordinal);
}

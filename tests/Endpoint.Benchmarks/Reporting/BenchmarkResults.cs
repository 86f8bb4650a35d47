using Solutions.Endpoint.Benchmarks.Faults;
using Solutions.Endpoint.Benchmarks.Measurement;
using Solutions.Endpoint.Benchmarks.Memory;

namespace Solutions.Endpoint.Benchmarks.Reporting;

/// <summary>Everything one <c>run.sh</c> measured, read back from its results folder.</summary>
public sealed record BenchmarkResults(
    IReadOnlyList<WrkResult> Wrk, IReadOnlyList<LatencySummary> InProcess, RssTrace? Memory, FaultCheck? Faults, MachineInfo Machine)
{
    public const string BuildFile = "build.txt";
    public const string InProcessFile = "inprocess.json";
    public const string MemoryFile = "rss.json";
    public const string FaultsFile = "faults.json";
    public const string WrkFilePattern = "wrk-*.json";

    /// <exception cref="InvalidDataException">A result file is not the JSON expected.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static BenchmarkResults Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"results folder '{folder}' does not exist; run tests/Endpoint.Benchmarks/run.sh first");
        }
        T? Optional<T>(string name) where T : class =>
            File.Exists(Path.Combine(folder, name)) ? ResultFiles.Read<T>(Path.Combine(folder, name)) : null;
        var wrk = Directory.GetFiles(folder, WrkFilePattern).Order(StringComparer.Ordinal).Select(ResultFiles.Read<WrkResult>).ToArray();
        return new BenchmarkResults(
            wrk, Optional<List<LatencySummary>>(InProcessFile) ?? [], Optional<RssTrace>(MemoryFile), Optional<FaultCheck>(FaultsFile),
            MachineInfo.Current())
        {
            ServerOverheads = wrk.Select(w => ServerOverheadOf(folder, w)).OfType<ServerOverhead>().ToArray(),
            Build = File.Exists(Path.Combine(folder, BuildFile)) ? File.ReadAllText(Path.Combine(folder, BuildFile)).Trim() : null,
        };
    }

    /// <summary>The endpoint's own OverheadLatency per run, when the build exposes <c>/metrics</c>.</summary>
    public IReadOnlyList<ServerOverhead> ServerOverheads { get; init; } = [];

    private static ServerOverhead? ServerOverheadOf(string folder, WrkResult run)
    {
        var before = Path.Combine(folder, $"metrics-{run.Target}-c{run.Connections}-before.txt");
        var after = Path.Combine(folder, $"metrics-{run.Target}-c{run.Connections}-after.txt");
        return File.Exists(before) && File.Exists(after)
            ? ServerOverhead.From(run.Target, run.Connections, File.ReadAllText(before), File.ReadAllText(after), "churn")
            : null;
    }

    /// <summary>Which endpoint build was measured, as run.sh recorded it.</summary>
    public string? Build { get; init; }

    public WrkResult? Find(string target, int connections) =>
        Wrk.FirstOrDefault(w => w.Target == target && w.Connections == connections);

    public LatencySummary? FindInProcess(string target, int concurrency) =>
        InProcess.FirstOrDefault(r => r.Target == target && r.Concurrency == concurrency);
}

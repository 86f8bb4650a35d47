using System.Text;
using Solutions.Endpoint.Benchmarks.InProcess;
using Solutions.Endpoint.Benchmarks.Measurement;

namespace Solutions.Endpoint.Benchmarks.Reporting;

/// <summary>The Markdown of docs/benchmarks.md's Endpoint section, from measured results only.</summary>
public static class EndpointBenchmarkReport
{
    public const string Endpoint = "endpoint";
    public const string ChurnServe = "churn-serve";
    public const string Gunicorn = "gunicorn-xgboost";
    public const string Soak = "endpoint-soak";

    /// <summary>The aims of issue 8.</summary>
    public const double OverheadAimMicros = 100;
    public const double ThroughputAimRatio = 3;

    /// <summary>"Flat" memory: the soak ends within this fraction above where it started.</summary>
    public const double FlatMemoryTolerance = 0.10;

    private static readonly int[] Levels = [1, 16, 64];

    private static readonly (string Target, string Label)[] Servers =
    [
        (Endpoint, "endpoint, direct invocation (`POST /endpoints/bench/invocations`, target `churn`)"),
        (ChurnServe, "churn `serve` alone (`POST /invocations`)"),
        (Gunicorn, "XGBoost twin, gunicorn + Flask, 2 sync workers"),
    ];

    public static string Render(BenchmarkResults results, DateTimeOffset rendered)
    {
        var md = new StringBuilder();
        var m = results.Machine;
        md.AppendLine($"Rendered {rendered:yyyy-MM-dd HH:mm} UTC from the results of one `run.sh`. Machine: {m.Cores} cores ({m.CpuModel}), " +
                      $"{m.MemoryGibibytes:0.#} GiB, {m.Runtime}, {m.OperatingSystem}. wrk runs on the same cores as the server. " +
                      "Load average: the machine's 1-minute load as each run ended (it is shared with other builds)." +
                      (results.Build is { } build ? $" Endpoint measured: {build}." : ""));
        md.AppendLine();
        Throughput(md, results);
        Overhead(md, results);
        Comparison(md, results);
        SoakRun(md, results);
        Faults(md, results);
        return md.ToString();
    }

    private static void Throughput(StringBuilder md, BenchmarkResults results)
    {
        md.AppendLine("#### Single-row churn CSV, closed loop");
        md.AppendLine();
        md.AppendLine("| Server | Connections | Requests/s | p50 µs | p99 µs | Non-2xx | Load average |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (target, label) in Servers)
        {
            foreach (var level in Levels)
            {
                if (results.Find(target, level) is { } w)
                {
                    md.AppendLine($"| {label} | {level} | {w.RequestsPerSecond:N0} | {w.P50Micros:N0} | {w.P99Micros:N0} | {w.Non2xx + w.SocketErrors} | {w.LoadAverage:0.0} |");
                }
            }
        }
        foreach (var target in new[] { InProcessCommand.ContractTarget, InProcessCommand.ModelTarget })
        {
            foreach (var level in Levels)
            {
                if (results.FindInProcess(target, level) is { } r)
                {
                    md.AppendLine($"| {target} ({level} threads) | {level} | {r.RequestsPerSecond:N0} | {r.P50Micros:N1} | {r.P99Micros:N1} | – | – |");
                }
            }
        }
        md.AppendLine();
        md.AppendLine($"\"{InProcessCommand.ContractTarget}\": the same CSV bytes parsed, scored and written by the serving contract's " +
                      $"`InvocationProcessor`, no HTTP. \"{InProcessCommand.ModelTarget}\": `IPredictor.Predict` on an already-typed row.");
        md.AppendLine();
    }

    private static void Overhead(StringBuilder md, BenchmarkResults results)
    {
        md.AppendLine("#### Endpoint overhead over the same model in process");
        md.AppendLine();
        md.AppendLine($"Overhead = endpoint latency (wrk) − in-process contract latency at the same concurrency. Aim: p99 overhead under {OverheadAimMicros:0} µs.");
        md.AppendLine();
        md.AppendLine("| Connections | Endpoint p50 µs | In-process p50 µs | Overhead p50 µs | Endpoint p99 µs | In-process p99 µs | Overhead p99 µs | Aim met |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var level in Levels)
        {
            if (results.Find(Endpoint, level) is { } w && results.FindInProcess(InProcessCommand.ContractTarget, level) is { } r)
            {
                var p99 = w.P99Micros - r.P99Micros;
                md.AppendLine($"| {level} | {w.P50Micros:N0} | {r.P50Micros:N1} | {w.P50Micros - r.P50Micros:N0} | {w.P99Micros:N0} | {r.P99Micros:N1} | {p99:N0} | {(p99 < OverheadAimMicros ? "yes" : "no")} |");
            }
        }
        md.AppendLine();
        md.AppendLine("At 1 connection the difference is the endpoint's own cost (HTTP on loopback, wrk's side included, routing, " +
                      "headers). At 16 and 64 connections wrk's latency also holds the time a request waits for one of the 2 cores " +
                      "(by Little's law, mean latency ≈ connections ÷ throughput), while an in-process call is timed only once its " +
                      "thread runs; there the difference is mostly that queue. The single-model `serve` below has the same queue " +
                      "and no endpoint routing, so endpoint − `serve` is what hosting many models behind one endpoint adds.");
        md.AppendLine();
        if (results.ServerOverheads.Count > 0)
        {
            md.AppendLine("The endpoint's own `OverheadLatency` histogram (its `/metrics`, scraped before and after each run), time in " +
                          "the host beyond the model, measured inside the server; bucket bounds 10, 25, 50, 100, 250 µs ..., so a " +
                          "percentile is at most its bucket's bound:");
            md.AppendLine();
            md.AppendLine("| Run | Connections | Requests | Overhead p50 at most µs | Overhead p99 at most µs | Requests with overhead ≤ 100 µs | Aim met |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---|");
            foreach (var o in results.ServerOverheads)
            {
                md.AppendLine($"| {o.Target} | {o.Connections} | {o.Requests:N0} | {o.P50AtMostMicros:N0} | {o.P99AtMostMicros:N0} | {o.ShareWithin100Micros:P2} | {(o.P99AtMostMicros <= OverheadAimMicros ? "yes" : "no")} |");
            }
            md.AppendLine();
        }
        md.AppendLine("| Connections | Endpoint p50 µs | Single-model `serve` p50 µs | Endpoint p99 µs | Single-model `serve` p99 µs |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var level in Levels)
        {
            if (results.Find(Endpoint, level) is { } e && results.Find(ChurnServe, level) is { } s)
            {
                md.AppendLine($"| {level} | {e.P50Micros:N0} | {s.P50Micros:N0} | {e.P99Micros:N0} | {s.P99Micros:N0} |");
            }
        }
        md.AppendLine();
    }

    private static void Comparison(StringBuilder md, BenchmarkResults results)
    {
        md.AppendLine("#### Throughput against gunicorn + Flask + XGBoost");
        md.AppendLine();
        md.AppendLine($"| Connections | Endpoint requests/s | gunicorn + Flask requests/s | Ratio | Aim ≥ {ThroughputAimRatio:0}x met |");
        md.AppendLine("|---:|---:|---:|---:|---|");
        foreach (var level in Levels)
        {
            if (results.Find(Endpoint, level) is { } e && results.Find(Gunicorn, level) is { } g && g.RequestsPerSecond > 0)
            {
                var ratio = e.RequestsPerSecond / g.RequestsPerSecond;
                md.AppendLine($"| {level} | {e.RequestsPerSecond:N0} | {g.RequestsPerSecond:N0} | {ratio:0.0}x | {(ratio >= ThroughputAimRatio ? "yes" : "no")} |");
            }
        }
        md.AppendLine();
    }

    private static void SoakRun(StringBuilder md, BenchmarkResults results)
    {
        var soak = results.Wrk.FirstOrDefault(w => w.Target == Soak);
        if (soak is null)
        {
            return;
        }
        md.AppendLine($"#### {soak.Seconds:0} s at {soak.Connections} connections");
        md.AppendLine();
        md.AppendLine("| Requests | Requests/s | p50 µs | p99 µs | Max µs | Non-2xx | Socket errors | RSS start MiB | RSS end MiB | RSS max MiB | Load average |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rss = results.Memory;
        var memory = rss is null ? "– | – | –" : $"{Mib(rss.StartKilobytes)} | {Mib(rss.EndKilobytes)} | {Mib(rss.MaxKilobytes)}";
        md.AppendLine($"| {soak.Requests:N0} | {soak.RequestsPerSecond:N0} | {soak.P50Micros:N0} | {soak.P99Micros:N0} | {soak.MaxMicros:N0} | {soak.Non2xx} | {soak.SocketErrors} | {memory} | {soak.LoadAverage:0.0} |");
        md.AppendLine();
        if (rss is not null)
        {
            var flat = rss.Growth <= 1 + FlatMemoryTolerance;
            md.AppendLine($"RSS sampled {rss.Samples.Count} times ({string.Join(", ", rss.Samples.Select(s => Mib(s.Kilobytes)))} MiB). " +
                          $"No non-2xx: {(soak.Non2xx + soak.SocketErrors == 0 ? "yes" : "no")}. Flat memory (end within {FlatMemoryTolerance:P0} of start): {(flat ? "yes" : "no")}.");
            md.AppendLine();
        }
    }

    private static void Faults(StringBuilder md, BenchmarkResults results)
    {
        if (results.Faults is not { } f)
        {
            return;
        }
        md.AppendLine("#### A container that throws");
        md.AppendLine();
        md.AppendLine($"During the soak, the fault check invoked the throwing container `failing` {f.FailingRequests} times: " +
                      $"{f.ModelErrors} answers were `ModelError` (424, `x-amzn-ErrorType: ModelError`, `OriginalStatusCode` 500). " +
                      $"Interleaved calls to `churn`: {f.HealthyAnswers} of {f.HealthyRequests} answered 200. Passed: {(f.Passed ? "yes" : "no")}.");
        if (f.SampleError is { } sample)
        {
            md.AppendLine();
            md.AppendLine("```json");
            md.AppendLine(sample);
            md.AppendLine("```");
        }
        foreach (var odd in f.Unexpected)
        {
            md.AppendLine($"- unexpected: `{odd}`");
        }
        md.AppendLine();
    }

    private static string Mib(long kilobytes) => (kilobytes / 1024.0).ToString("N1");
}

using System.Globalization;
using System.Text;
using Solutions.ChurnPrediction.Benchmarks.Http;
using Solutions.ChurnPrediction.Benchmarks.Inference;

namespace Solutions.ChurnPrediction.Benchmarks.Reporting;

/// <summary>Renders a benchmark run as Markdown: the machine, one table per measure, and whether each target was met.</summary>
public static class BenchmarkMarkdown
{
    public static string Render(BenchmarkResults results)
    {
        var text = new StringBuilder();
        AppendMachine(text, results);
        AppendTraining(text, results);
        AppendInProcess(text, results.InProcess);
        AppendHttp(text, results.Http);
        return text.ToString();
    }

    private static void AppendMachine(StringBuilder text, BenchmarkResults results)
    {
        var machine = results.Machine;
        text.AppendLine("#### Machine and run").AppendLine()
            .AppendLine("| | |")
            .AppendLine("|---|---|")
            .AppendLine(Invariant($"| Measured | {results.StartedUtc:yyyy-MM-dd HH:mm} UTC, {results.Duration.TotalMinutes:0.0} minutes, {results.Configuration} build |"))
            .AppendLine(Invariant($"| CPU | {machine.CpuModel}, {machine.Processors} logical processors (`nproc`) |"))
            .AppendLine(Invariant($"| Memory | {machine.MemoryGiB:0.0} GiB |"))
            .AppendLine(Invariant($"| OS | {machine.OperatingSystem} |"))
            .AppendLine(Invariant($"| .NET | {machine.Runtime} |"))
            .AppendLine(Invariant($"| Load average (1, 5, 15 min) | {machine.LoadAverage} at the start, {results.LoadAverageBeforeHttp} before the HTTP part, {results.LoadAverageAfter} at the end |"))
            .AppendLine();
        text.AppendLine("The load average counts this benchmark's own threads: about 1 while it trains and predicts in process, and the server and wrk keep both cores busy in the HTTP part, so the value at the end is high by itself.").AppendLine();
        // Training and in-process prediction run one thread, so a 1-minute load above the core count means other work.
        var busiest = Math.Max(OneMinuteLoad(machine.LoadAverage), OneMinuteLoad(results.LoadAverageBeforeHttp));
        if (busiest > machine.Processors)
        {
            text.AppendLine(Invariant(
                $"Other work was running: the 1-minute load average reached {busiest:0.00} on {machine.Processors} processors before the HTTP part, so these figures are likely slower than an idle machine would give.")).AppendLine();
        }
    }

    private static double OneMinuteLoad(string loadAverage) =>
        double.TryParse(loadAverage.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : 0;

    private static void AppendTraining(StringBuilder text, BenchmarkResults results)
    {
        var training = results.Training;
        var runs = training.RunSeconds.Count;
        text.AppendLine("#### Training").AppendLine()
            .AppendLine(Invariant($"{training.Rows:N0} customers; {runs} {(runs == 1 ? "repetition" : "repetitions")} in one process, each timing the whole run, then its costliest steps again on their own. The first repetition is cold (it pays for JIT compilation), as a fresh `ChurnPrediction run` would."))
            .AppendLine()
            .AppendLine("| What | Each run (s) | Median (s) | Min (s) |")
            .AppendLine("|---|---|---:|---:|")
            .AppendLine(Invariant(
                $"| `ChurnRun.Execute`: load, choose among {training.Candidates} candidates by {training.Folds}-fold CV, fit, calibrate, evaluate | {Seconds(training.RunSeconds)} | {training.MedianRunSeconds:0.00} | {training.RunSeconds.Min():0.00} |"))
            .AppendLine(Invariant(
                $"| `ChurnModelSelector.Select`: the cross-validation alone, {training.Candidates} candidates × {training.Folds} folds on {training.TrainRows:N0} rows | {Seconds(training.SelectionSeconds)} | {training.MedianSelectionSeconds:0.00} | {training.SelectionSeconds.Min():0.00} |"))
            .AppendLine(Invariant(
                $"| `ChurnTrainer.Train`: final fit of the chosen candidate ({training.Candidate}) on {training.TrainRows:N0} rows, with its calibration | {Seconds(training.FitSeconds)} | {training.MedianFitSeconds:0.00} | {training.FitSeconds.Min():0.00} |"))
            .AppendLine(Invariant(
                $"| `ChurnEvaluator.Importance`: permutation importance in the evaluation, on {training.TestRows:N0} test rows | {Seconds(training.ImportanceSeconds)} | {training.MedianImportanceSeconds:0.00} | {training.ImportanceSeconds.Min():0.00} |"))
            .AppendLine();
        var met = training.MedianRunSeconds < BenchmarkTargets.TrainingSeconds;
        var coldMet = training.RunSeconds[0] < BenchmarkTargets.TrainingSeconds;
        text.AppendLine(Invariant(
            $"Target, training under {BenchmarkTargets.TrainingSeconds:0} s: **{(met ? "met" : "not met")}**: the whole run takes {training.MedianRunSeconds:0.00} s (median; {training.RunSeconds[0]:0.00} s cold{(met && !coldMet ? ", over the target" : "")}), of which the cross-validation takes about {training.MedianSelectionSeconds:0.00} s and the permutation importance {training.MedianImportanceSeconds:0.00} s; the final fit alone takes {training.MedianFitSeconds:0.00} s."))
            .AppendLine();
    }

    private static void AppendInProcess(StringBuilder text, InProcessResults results)
    {
        text.AppendLine("#### In-process prediction").AppendLine()
            .AppendLine("The bundle loaded as the server loads it; customers of the data set in turn; each call timed after a warm-up.")
            .AppendLine()
            .AppendLine("| Call | Calls | Mean (µs) | p50 (µs) | p99 (µs) | Max (µs) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        Latency(text, "`PredictProbability(customer)`", results.Probability);
        Latency(text, "`Predict([row])`, scores only (what a request runs)", results.ServingRow);
        Latency(text, "`Predict([row], PredictionOptions.Explained)`", results.ExplainedRow);
        var batch = results.Batch;
        text.AppendLine()
            .AppendLine(Invariant(
                $"Batch: `Predict` on {batch.RowsPerBatch:N0} rows in one call, {batch.Batches} calls: {batch.RowsPerSecond:N0} rows/s ({batch.MicrosecondsPerRow:0.0} µs per row)."))
            .AppendLine();
    }

    private static void AppendHttp(StringBuilder text, HttpResults http)
    {
        var environment = http.ServerEnvironment.Count == 0
            ? "default runtime settings"
            : string.Join(", ", http.ServerEnvironment.Select(e => $"`{e.Key}={e.Value}`"));
        text.AppendLine("#### HTTP `/invocations`").AppendLine()
            .AppendLine(Invariant(
                $"Server: {http.Server}, {environment}. Client: {http.WrkVersion} over 127.0.0.1 on the same cores, threads = min(connections, 2), {http.WarmUpSeconds} s of warm-up first. Each request posts one header-less CSV row (`Content-Type: text/csv`): `{http.RequestBody}`, answered `{http.SampleResponse}`. Latency is wrk's: from sending a request to its answer on a keep-alive connection."))
            .AppendLine()
            .AppendLine("| Connections | Seconds | Requests | Requests/s | Mean (ms) | p50 (ms) | p90 (ms) | p99 (ms) | Max (ms) | Non-2xx | Socket errors |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var level in http.Levels)
        {
            text.AppendLine(Invariant(
                $"| {level.Connections} | {level.Seconds:0.0} | {level.Requests:N0} | {level.RequestsPerSecond:N0} | {Ms(level.MeanMicroseconds)} | {Ms(level.P50Microseconds)} | {Ms(level.P90Microseconds)} | {Ms(level.P99Microseconds)} | {Ms(level.MaxMicroseconds)} | {level.NonSuccessResponses} | {level.SocketErrors} |"));
        }
        text.AppendLine();
        var target = http.Levels.FirstOrDefault(l => l.Connections == BenchmarkTargets.LatencyConnections);
        text.AppendLine(target is null
            ? Invariant($"Target, p99 under {BenchmarkTargets.P99Milliseconds:0} ms at {BenchmarkTargets.LatencyConnections} connections: not measured in this run.")
            : Invariant(
                $"Target, p99 under {BenchmarkTargets.P99Milliseconds:0} ms at {BenchmarkTargets.LatencyConnections} connections: **{(target.P99Microseconds < BenchmarkTargets.P99Milliseconds * 1000 ? "met" : "not met")}** (p99 {Ms(target.P99Microseconds)} ms at {target.RequestsPerSecond:N0} requests/s)."));
    }

    private static void Latency(StringBuilder text, string call, LatencySummary latency) =>
        text.AppendLine(Invariant(
            $"| {call} | {latency.Calls:N0} | {latency.MeanMicroseconds:N1} | {latency.P50Microseconds:N1} | {latency.P99Microseconds:N1} | {latency.MaxMicroseconds:N0} |"));

    private static string Seconds(IEnumerable<double> values) => string.Join(", ", values.Select(v => Invariant($"{v:0.00}")));

    private static string Ms(double microseconds) => Invariant($"{microseconds / 1000:0.000}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.ML;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Modeling;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Reporting.Progress;
using Solutions.Shared.Serving;

namespace Solutions.PaymentClassification.Benchmarks;

/// <summary>
/// Measures the solution's hot paths on generated data: generation, ingest into a fresh SQLite store, the
/// point-in-time build of every row's features, online lookups, and <c>/invocations</c> under wrk on loopback.
/// </summary>
public static class PaymentBenchmark
{
    private const int Lookups = 10_000;
    private const int ServingTrainingRows = 20_000;

    /// <param name="rows">Transactions to generate and ingest.</param>
    /// <param name="workFolder">Receives the store, a bundle and wrk's script; the caller deletes it.</param>
    /// <param name="wrkSeconds">Length of the load test.</param>
    /// <param name="seed">The generator's and learner's seed.</param>
    /// <param name="progress">Shows each step.</param>
    public static async Task<BenchmarkResult> RunAsync(int rows, string workFolder, int wrkSeconds, int seed, IProgressDisplay progress)
    {
        var loadAverage = LoadAverage();
        Directory.CreateDirectory(workFolder);
        var clock = Stopwatch.StartNew();
        var data = progress.Step($"Generating {rows:N0} transactions", () => TransactionGenerator.Generate(new GeneratorOptions { Rows = rows, Seed = seed }));
        var generationSeconds = clock.Elapsed.TotalSeconds;

        var storePath = Path.Combine(workFolder, PaymentRunOptions.StoreFileName);
        using var store = FeatureStore.OpenSqlite(storePath);
        var (ingestSeconds, ingestCpu) = Timed(() => progress.Step("Ingesting into SQLite", () => store.Ingest(data)));
        var (buildSeconds, buildCpu) = Timed(() => progress.Step("Point-in-time build of every row", () => store.GetHistoricalFeatures(data)));

        // Online lookups of new payments a day after the last stored one, by parties the store knows.
        var after = data[^1].Timestamp.AddDays(1);
        var incoming = data.Take(Lookups).Select(t => new Transaction { ReceiverId = t.ReceiverId, SenderId = t.SenderId, Amount = t.Amount, Timestamp = after }).ToArray();
        foreach (var t in incoming.Take(1_000))
        {
            store.GetOnlineFeatures(t);
        }
        var lookups = new double[incoming.Length];
        for (var i = 0; i < incoming.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            store.GetOnlineFeatures(incoming[i]);
            lookups[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(lookups);

        InvocationLoad? load = null;
        if (WrkLoad.IsInstalled())
        {
            var bundle = progress.Step($"Training a serving model on {Math.Min(rows, ServingTrainingRows):N0} rows", () =>
                TrainBundle(store, data.Take(ServingTrainingRows).ToArray(), storePath, workFolder, seed));
            load = await progress.StepAsync($"Load test: /invocations, 16 connections, {wrkSeconds} s", () =>
                LoadTestAsync(bundle, incoming[0], wrkSeconds, workFolder));
        }

        return new BenchmarkResult
        {
            Rows = rows,
            GenerationRowsPerSecond = rows / generationSeconds,
            IngestSeconds = ingestSeconds,
            IngestRowsPerSecond = rows / ingestSeconds,
            IngestCpuRowsPerSecond = rows / ingestCpu,
            PointInTimeBuildSeconds = buildSeconds,
            PointInTimeBuildCpuSeconds = buildCpu,
            OnlineLookups = lookups.Length,
            OnlineLookupMedianMicroseconds = lookups[lookups.Length / 2],
            OnlineLookupP99Microseconds = lookups[(int)(lookups.Length * 0.99)],
            Invocations = load,
            ProcessorCount = Environment.ProcessorCount,
            LoadAverageAtStart = loadAverage,
        };
    }

    private static string TrainBundle(FeatureStore store, LabelledTransaction[] rows, string storePath, string workFolder, int seed)
    {
        var features = store.GetHistoricalFeatures(rows);
        var inputs = rows.Select((r, i) => new PaymentModelInput { Label = r.Category, Features = PaymentFeatureVector.Compose(r, features[i]) }).ToArray();
        var model = PaymentTrainer.Fit(new MLContext(seed), inputs, PaymentAlgorithm.LightGbm, seed);
        var dataPath = Path.Combine(workFolder, PaymentRunOptions.DataFileName);
        TransactionCsv.Write(dataPath, rows);
        var folder = Path.Combine(workFolder, "model");
        PaymentBundle.Save(folder, model, inputs.Take(10), dataPath, new Dictionary<string, double>(), FeatureStoreLocation.Parse(storePath));
        return folder;
    }

    private static async Task<InvocationLoad> LoadTestAsync(string bundle, Transaction sample, int seconds, string workFolder)
    {
        var port = FreeLoopbackPort();
        PaymentPredictor? predictor = null;
        await using var app = ServingHost.Build(() => predictor = PaymentBundle.Load(bundle).Predictor,
            new ServingOptions { Port = port, Address = IPAddress.Loopback });
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            for (var poll = 0; poll < 600 && !(await client.GetAsync(ServingContract.PingPath)).IsSuccessStatusCode; poll++)
            {
                await Task.Delay(100);
            }
            var body = string.Join(',', sample.ReceiverId, sample.SenderId,
                sample.Amount.ToString(TransactionSchema.AmountFormat, CultureInfo.InvariantCulture),
                sample.Timestamp.ToString(TransactionSchema.TimestampFormat, CultureInfo.InvariantCulture));
            return await Task.Run(() => WrkLoad.Run(
                $"http://127.0.0.1:{port}{ServingContract.InvocationsPath}", body, ServingContract.CsvMediaType, 16, 2, seconds, workFolder));
        }
        finally
        {
            await app.StopAsync();
            predictor?.Dispose();
        }
    }

    private static (double Wall, double Cpu) Timed(Action work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double LoadAverage()
    {
        const string Path = "/proc/loadavg";
        return File.Exists(Path) && double.TryParse(File.ReadAllText(Path).Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
    }
}

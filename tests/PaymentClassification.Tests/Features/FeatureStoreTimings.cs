using System.Diagnostics;
using Xunit.Abstractions;

namespace Solutions.PaymentClassification.Tests.Features;

/// <summary>
/// A timing harness run by hand; in the suite it runs small and checks only results, never times. For the
/// benchmark figures:
/// <code>
/// PAYMENT_FEATURE_STORE_TIMING_ROWS=100000 dotnet test tests/PaymentClassification.Tests \
///   -c Release --filter FullyQualifiedName~FeatureStoreTimings --logger "console;verbosity=detailed"
/// </code>
/// </summary>
public sealed class FeatureStoreTimings(ITestOutputHelper output)
{
    private const string RowsVariable = "PAYMENT_FEATURE_STORE_TIMING_ROWS";
    private const string BackendVariable = "PAYMENT_FEATURE_STORE_TIMING_BACKEND";

    [Fact]
    public void Ingest_point_in_time_build_and_online_lookup()
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(RowsVariable), out var n) ? n : 5_000;
        var backend = Environment.GetEnvironmentVariable(BackendVariable) ?? TestStore.Sqlite;
        var payments = SyntheticPayments.Create(rows, seed: 10, receivers: Math.Max(40, rows / 50), senders: Math.Max(60, rows / 20));
        using var test = TestStore.Create(backend);

        // CPU time beside wall time: on a shared, loaded machine the wall clock mostly measures the neighbours.
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var stages = new List<string>();
        test.Store.IngestCheckpoint = stage =>
            stages.Add($"{stage} at {clock.Elapsed.TotalSeconds:F2} s ({(Cpu() - cpu).TotalSeconds:F2} s CPU)");
        var ingest = test.Store.Ingest(payments);
        var (ingestTime, ingestCpu) = (clock.Elapsed, Cpu() - cpu);

        clock.Restart();
        cpu = Cpu();
        var features = test.Store.GetHistoricalFeatures(payments);
        var (buildTime, buildCpu) = (clock.Elapsed, Cpu() - cpu);

        var incoming = payments.Take(Math.Min(rows, 10_000))
            .Select(p => SyntheticPayments.Payment(p.SenderId, p.ReceiverId, p.Amount, SyntheticPayments.Start.AddDays(31), p.Category))
            .ToList();
        foreach (var p in incoming.Take(1000)) test.Store.GetOnlineFeatures(p);
        var lookups = new double[incoming.Count];
        for (var i = 0; i < incoming.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            test.Store.GetOnlineFeatures(incoming[i]);
            lookups[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(lookups);
        output.WriteLine($"backend {backend}, {rows:N0} rows");
        output.WriteLine($"ingest: {ingestTime.TotalSeconds:F2} s wall ({rows / ingestTime.TotalSeconds:N0} rows/s), " +
                         $"{ingestCpu.TotalSeconds:F2} s CPU ({rows / ingestCpu.TotalSeconds:N0} rows/s); {string.Join("; ", stages)}");
        output.WriteLine($"point-in-time build of {rows:N0} rows: {buildTime.TotalSeconds:F2} s wall, {buildCpu.TotalSeconds:F2} s CPU");
        output.WriteLine($"online lookup: median {lookups[lookups.Length / 2]:F1} us, p99 {lookups[(int)(lookups.Length * 0.99)]:F1} us");

        Assert.Equal(rows, ingest.Added);
        Assert.Equal(rows, test.Store.CountEvents());
        Assert.Equal(rows, features.Count);
        Assert.Equal(test.Store.GetHistoricalFeatures([incoming[0]])[0], test.Store.GetOnlineFeatures(incoming[0]));
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}

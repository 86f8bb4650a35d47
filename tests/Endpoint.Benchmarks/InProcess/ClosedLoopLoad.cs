using System.Diagnostics;
using Solutions.Endpoint.Benchmarks.Measurement;

namespace Solutions.Endpoint.Benchmarks.InProcess;

/// <summary>
/// The in-process counterpart of wrk: <see cref="Concurrency"/> threads each call as fast as they can, one call
/// at a time, so latency at 16 or 64 callers includes the same waiting for the 2 cores that a loaded server sees.
/// </summary>
public sealed record ClosedLoopLoad(int Concurrency, TimeSpan Warmup, TimeSpan Duration)
{
    public LatencySummary Run(string target, Action call)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1);
        var perThread = new List<long>[Concurrency];
        var measuring = 0;
        var stopping = 0;
        var threads = Enumerable.Range(0, Concurrency).Select(index => new Thread(() =>
        {
            var ticks = perThread[index] = new List<long>(1 << 16);
            while (Volatile.Read(ref stopping) == 0)
            {
                var start = Stopwatch.GetTimestamp();
                call();
                var took = Stopwatch.GetTimestamp() - start;
                if (Volatile.Read(ref measuring) == 1)
                {
                    ticks.Add(took);
                }
            }
        }) { IsBackground = true, Name = $"{target} caller {index}" }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
        Thread.Sleep(Warmup);
        var window = Stopwatch.StartNew();
        Volatile.Write(ref measuring, 1);
        Thread.Sleep(Duration);
        Volatile.Write(ref measuring, 0);
        window.Stop();
        Volatile.Write(ref stopping, 1);
        foreach (var thread in threads)
        {
            thread.Join();
        }
        return LatencySummary.From(target, Concurrency, perThread.SelectMany(t => t).ToArray(), window.Elapsed);
    }
}

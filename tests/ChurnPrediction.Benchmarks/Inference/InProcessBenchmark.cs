using System.Diagnostics;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Benchmarks.Inference;

/// <summary>
/// Times a loaded predictor call by call, cycling through real customers, after a warm-up long enough for the
/// JIT's tiered compilation to settle on the hot path.
/// </summary>
public static class InProcessBenchmark
{
    private const int BatchRepeats = 5;

    /// <param name="predictor">A predictor loaded from a bundle, as the server loads it.</param>
    /// <param name="customers">Customers to cycle through.</param>
    /// <param name="calls">Timed calls of the per-row measures; explanations, ten times dearer, get a tenth.</param>
    /// <param name="log">Receives one progress line per measure.</param>
    public static InProcessResults Measure(ChurnPredictor predictor, IReadOnlyList<ChurnCustomer> customers, int calls, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 100);
        if (customers.Count == 0)
        {
            throw new ArgumentException("No customers to score.", nameof(customers));
        }
        var rows = customers.Select(c => new[] { CustomerValues.ToRow(c) }).ToArray();

        var probability = Time(calls, i => predictor.PredictProbability(customers[i % customers.Count]));
        log.WriteLine($"  PredictProbability: mean {probability.MeanMicroseconds:0.0} µs over {calls:N0} calls");
        var serving = Time(calls, i => predictor.Predict(rows[i % rows.Length], PredictionOptions.ScoresOnly));
        log.WriteLine($"  Predict(one row): mean {serving.MeanMicroseconds:0.0} µs");
        var explained = Time(calls / 10, i => predictor.Predict(rows[i % rows.Length], PredictionOptions.Explained));
        log.WriteLine($"  Predict(one row, explained): mean {explained.MeanMicroseconds:0.0} µs");
        var batch = TimeBatch(predictor, [.. customers.Select(CustomerValues.ToRow)]);
        log.WriteLine($"  Predict({batch.RowsPerBatch:N0} rows): {batch.RowsPerSecond:N0} rows/s");
        return new InProcessResults(probability, serving, explained, batch);
    }

    private static LatencySummary Time<T>(int calls, Func<int, T> call)
    {
        var warmUp = Math.Max(1_000, calls / 5);
        for (var i = 0; i < warmUp; i++)
        {
            call(i);
        }
        var elapsed = new long[calls];
        GC.Collect();
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call(i);
            elapsed[i] = Stopwatch.GetTimestamp() - start;
        }
        return LatencySummary.FromTimestamps(elapsed);
    }

    private static BatchThroughput TimeBatch(ChurnPredictor predictor, object?[][] rows)
    {
        predictor.Predict(rows, PredictionOptions.ScoresOnly);
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < BatchRepeats; i++)
        {
            predictor.Predict(rows, PredictionOptions.ScoresOnly);
        }
        return new BatchThroughput(rows.Length, BatchRepeats, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}

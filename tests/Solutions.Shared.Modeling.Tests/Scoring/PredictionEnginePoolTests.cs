using Solutions.Shared.Modeling.Scoring;
using Solutions.Shared.Modeling.Tests.Bundles;

namespace Solutions.Shared.Modeling.Tests.Scoring;

public sealed class PredictionEnginePoolTests(TinyChurnModelFixture fixture) : IClassFixture<TinyChurnModelFixture>
{
    [Fact]
    public void Predictions_match_a_batch_transform_of_the_same_rows()
    {
        var tiny = fixture.Tiny;
        var pool = new PredictionEnginePool<SubscriberRow, SubscriberPrediction>(tiny.Context, tiny.Model);

        var pooled = tiny.ScoringRows.Select(r => pool.Predict(r).Probability).ToArray();

        Assert.Equal(TinyChurnModel.Probabilities(tiny.Context, tiny.Model, tiny.ScoringRows), pooled);
    }

    [Fact]
    public void Concurrent_predictions_equal_sequential_ones()
    {
        const int Threads = 8;
        const int Rounds = 25;
        var tiny = fixture.Tiny;
        var rows = tiny.ScoringRows;
        var pool = new PredictionEnginePool<SubscriberRow, SubscriberPrediction>(tiny.Context, tiny.Model);
        var expected = rows.Select(r => Describe(pool.Predict(r))).ToArray();

        // Every thread scores every row, each from another starting row, all released at once by the barrier,
        // so engines are taken and returned while others are in use.
        var results = new string[Threads][];
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var mine = new string[rows.Count * Rounds];
            start.SignalAndWait();
            for (var k = 0; k < mine.Length; k++)
            {
                var row = (k + t * 5) % rows.Count;
                mine[k] = $"{row}:{Describe(pool.Predict(rows[row]))}";
            }
            results[t] = mine;
        })).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }
        foreach (var worker in workers)
        {
            worker.Join();
        }

        for (var t = 0; t < Threads; t++)
        {
            var expectedForThread = Enumerable.Range(0, rows.Count * Rounds)
                .Select(k => (k + t * 5) % rows.Count)
                .Select(row => $"{row}:{expected[row]}");
            Assert.Equal(expectedForThread, results[t]);
        }
        Assert.True(expected.Distinct().Count() > 5, "the rows should get different predictions, else a mix-up would go unseen");
    }

    [Fact]
    public void Each_prediction_is_a_new_object()
    {
        var tiny = fixture.Tiny;
        var pool = new PredictionEnginePool<SubscriberRow, SubscriberPrediction>(tiny.Context, tiny.Model);

        var first = pool.Predict(tiny.ScoringRows[0]);
        var second = pool.Predict(tiny.ScoringRows[1]);

        // A reused output object would let a later request overwrite an answer already handed out.
        Assert.NotSame(first, second);
        Assert.Equal(Describe(pool.Predict(tiny.ScoringRows[0])), Describe(first));
    }

    // Round-trip formatting keeps every bit of the floats, so equal text means equal predictions.
    private static string Describe(SubscriberPrediction p) =>
        FormattableString.Invariant($"{p.Score:R}/{p.Probability:R}/{p.PredictedLabel}");
}

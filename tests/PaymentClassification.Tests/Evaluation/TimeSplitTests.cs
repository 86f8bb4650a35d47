using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Evaluation;

namespace Solutions.PaymentClassification.Tests.Evaluation;

public sealed class TimeSplitTests
{
    private static Transaction At(DateTime t) => new() { ReceiverId = "1000000000000001", SenderId = "2000000000000002", Amount = 1m, Timestamp = t };

    [Fact]
    public void Eight_months_hold_out_the_last_two()
    {
        // 8 months x 0.25 = 2 test months: July and August.
        var rows = Enumerable.Range(1, 8).Select(m => At(new DateTime(2024, m, 15))).Reverse().ToArray();

        var (split, from) = TimeSplit.Create(rows);

        Assert.Equal(new DateTime(2024, 7, 1), from);
        Assert.Equal([0, 1], split.Test);
        Assert.Equal([2, 3, 4, 5, 6, 7], split.Train);
    }

    [Fact]
    public void One_month_is_cut_at_four_fifths_of_its_rows()
    {
        // Ten rows on days 1..10: the row at index 8 (day 9) starts the test part.
        var rows = Enumerable.Range(1, 10).Select(d => At(new DateTime(2024, 3, d))).ToArray();

        var (split, from) = TimeSplit.Create(rows);

        Assert.Equal(new DateTime(2024, 3, 9), from);
        Assert.Equal([8, 9], split.Test);
    }

    [Fact]
    public void Rows_at_one_moment_cannot_be_split_in_time()
    {
        var rows = Enumerable.Repeat(At(new DateTime(2024, 3, 1)), 5).ToArray();

        var error = Assert.Throws<ArgumentException>(() => TimeSplit.Create(rows));
        Assert.Contains("share one timestamp", error.Message);
    }
}

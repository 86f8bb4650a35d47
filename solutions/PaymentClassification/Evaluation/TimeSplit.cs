using Solutions.PaymentClassification.Data;
using Solutions.Shared.Data.Splits;

namespace Solutions.PaymentClassification.Evaluation;

/// <summary>
/// Trains on earlier months and tests on later ones, as the model would be used: the last quarter of the calendar
/// months in the data (at least one) is the test period. Data within one month is cut at 80% of its rows by time.
/// </summary>
public static class TimeSplit
{
    /// <summary>The share of the months held out, rounded to whole months.</summary>
    public const double TestShareOfMonths = 0.25;

    /// <returns>The split and the first test timestamp (every training row is earlier).</returns>
    public static (TrainTestSplit Split, DateTime TestFrom) Create(IReadOnlyList<Transaction> rows)
    {
        if (rows.Count < 2)
        {
            throw new ArgumentException($"a time split needs at least two rows; got {rows.Count}", nameof(rows));
        }
        var months = rows.Select(r => new DateTime(r.Timestamp.Year, r.Timestamp.Month, 1)).Distinct().Order().ToArray();
        DateTime testFrom;
        if (months.Length >= 2)
        {
            var testMonths = Math.Clamp((int)Math.Round(months.Length * TestShareOfMonths), 1, months.Length - 1);
            testFrom = months[^testMonths];
        }
        else
        {
            var times = rows.Select(r => r.Timestamp).Order().ToArray();
            testFrom = times[(int)(times.Length * 0.8)];
        }
        var train = new List<int>();
        var test = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            (rows[i].Timestamp < testFrom ? train : test).Add(i);
        }
        if (train.Count == 0 || test.Count == 0)
        {
            throw new ArgumentException($"all rows share one timestamp ({testFrom:yyyy-MM-dd HH:mm:ss}); a time split needs two", nameof(rows));
        }
        return (new TrainTestSplit(train, test), testFrom);
    }
}

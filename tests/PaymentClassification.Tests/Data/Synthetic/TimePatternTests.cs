using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

[Collection(GeneratedTransactionsCollection.Name)]
public sealed class TimePatternTests(GeneratedTransactions data)
{
    [Fact]
    public void Timestamps_are_sorted_whole_seconds_inside_the_period()
    {
        var start = GeneratedTransactions.Options.Start;
        var end = GeneratedTransactions.Options.End;
        Assert.Equal(new DateTime(2025, 1, 1), end); // 2024-01-01 plus 12 months
        for (var i = 0; i < data.Noisy.Count; i++)
        {
            var t = data.Noisy[i].Timestamp;
            Assert.True(t >= start && t < end, $"row {i}: {t:O} outside [{start:O}, {end:O})");
            Assert.Equal(0, t.Ticks % TimeSpan.TicksPerSecond);
            if (i > 0)
            {
                Assert.True(data.Noisy[i - 1].Timestamp <= t, $"rows {i - 1} and {i} are out of order");
            }
        }
    }

    [Fact]
    public void Food_peaks_at_lunch_not_at_three_in_the_morning()
    {
        // The Meals rhythm weighs 12:00-13:59 at 5 + 4.5 against 0.05 for 03:00: a ratio near 190.
        var food = Of("Food and Dining");
        var lunch = food.Count(r => r.Timestamp.Hour is 12 or 13);
        var night = food.Count(r => r.Timestamp.Hour == 3);
        Assert.True(lunch > 20 * Math.Max(night, 1), $"lunch {lunch}, 3 a.m. {night}");
    }

    [Fact]
    public void Entertainment_is_an_evening_affair()
    {
        var evening = Of("Entertainment").Count(r => r.Timestamp.Hour is >= 19 and <= 22);
        var morning = Of("Entertainment").Count(r => r.Timestamp.Hour is >= 7 and <= 10);
        Assert.True(evening > 5 * morning, $"evening {evening}, morning {morning}");
    }

    [Fact]
    public void Bills_are_paid_on_weekday_mornings_at_the_start_of_the_month()
    {
        var bills = Of("Bills and Utilities");
        // Days 1-5 are 5 of ~30.4 days (16%) without the cycle; weighted 8+4*4 against 25 others they get ~49%.
        var monthStart = bills.Count(r => r.Timestamp.Day <= 5) / (double)bills.Count;
        var weekend = bills.Count(r => r.Timestamp.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) / (double)bills.Count;
        var morning = bills.Count(r => r.Timestamp.Hour is >= 7 and <= 11) / (double)bills.Count;
        Assert.True(monthStart > 0.35, $"share on days 1-5: {monthStart:P1}");
        Assert.True(weekend < 0.10, $"share at weekends: {weekend:P1} (2/7 = 28.6% if flat)");
        Assert.True(morning > 0.45, $"share 07:00-11:59: {morning:P1} (5/24 = 20.8% if flat)");
    }

    [Fact]
    public void Bank_fees_are_booked_overnight()
    {
        var fees = Of("Fees and Charges");
        var overnight = fees.Count(r => r.Timestamp.Hour <= 2) / (double)fees.Count;
        Assert.True(overnight > 0.5, $"share 00:00-02:59: {overnight:P1}");
    }

    [Fact]
    public void Gifts_peak_in_December()
    {
        var gifts = Of("Gifts and Donations");
        var december = gifts.Count(r => r.Timestamp.Month == 12);
        var june = gifts.Count(r => r.Timestamp.Month == 6);
        Assert.True(december > 1.5 * june, $"December {december}, June {june}");
    }

    private List<LabelledTransaction> Of(string category) => [.. data.Clean.Where(r => r.Category == category)];
}

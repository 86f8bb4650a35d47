using Solutions.PaymentClassification.Data.Synthetic;

namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

[Collection(GeneratedTransactionsCollection.Name)]
public sealed class AmountTests(GeneratedTransactions data)
{
    [Fact]
    public void Mean_amount_per_category_is_within_four_standard_errors_of_the_table()
    {
        foreach (var profile in CategoryProfiles.All)
        {
            var amounts = data.Clean.Where(r => r.Category == profile.Category).Select(r => (double)r.Amount).ToArray();
            var mean = amounts.Average();
            var sd = Math.Sqrt(amounts.Sum(a => (a - mean) * (a - mean)) / (amounts.Length - 1));
            // The standard error of a mean is sd/sqrt(n): e.g. Shopping sd ~120, n ~34,000 -> 0.65, so 100 +- 2.6.
            var tolerance = 4 * sd / Math.Sqrt(amounts.Length);
            Assert.True(Math.Abs(mean - profile.MeanAmount) <= tolerance,
                $"{profile.Category}: mean {mean:F2}, target {profile.MeanAmount} +- {tolerance:F2} (n={amounts.Length})");
        }
    }

    [Fact]
    public void Amounts_are_positive_with_at_most_two_decimals()
    {
        Assert.All(data.Noisy, r =>
        {
            Assert.True(r.Amount >= 0.01m, $"{r.Amount}");
            Assert.Equal(decimal.Round(r.Amount, 2), r.Amount);
        });
    }

    [Fact]
    public void Neighbouring_categories_overlap_in_amount()
    {
        // Log-normal spreads of 0.6-0.85 make the amount alone ambiguous: the dearest tenth of food payments
        // costs more than the cheapest tenth of shopping, and the cheapest tenth of travel less than the dearest
        // tenth of shopping.
        Assert.True(Quantile("Food and Dining", 0.9) > Quantile("Shopping", 0.1));
        Assert.True(Quantile("Travel", 0.1) < Quantile("Shopping", 0.9));
        Assert.True(Quantile("Personal Care", 0.9) > Quantile("Entertainment", 0.5));
    }

    private decimal Quantile(string category, double q)
    {
        var sorted = data.Clean.Where(r => r.Category == category).Select(r => r.Amount).Order().ToArray();
        return sorted[(int)(q * (sorted.Length - 1))];
    }
}

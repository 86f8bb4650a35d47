using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;

namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

[Collection(GeneratedTransactionsCollection.Name)]
public sealed class ClassMixTests(GeneratedTransactions data)
{
    [Fact]
    public void Category_shares_are_within_four_standard_errors_of_the_table()
    {
        var n = data.Clean.Count;
        var counts = data.Clean.CountBy(r => r.Category).ToDictionary();
        foreach (var profile in CategoryProfiles.All)
        {
            // A share p estimated from n draws has standard error sqrt(p(1-p)/n): 0.0015 for Shopping (p=0.34),
            // 0.00014 for Gambling (p=0.002) at n = 100,000.
            var share = counts.GetValueOrDefault(profile.Category) / (double)n;
            var tolerance = 4 * Math.Sqrt(profile.Share * (1 - profile.Share) / n);
            Assert.True(Math.Abs(share - profile.Share) <= tolerance,
                $"{profile.Category}: share {share:F4}, target {profile.Share:F4} +- {tolerance:F4}");
        }
    }

    [Fact]
    public void The_table_has_the_public_mix_and_sums_to_one()
    {
        Assert.Equal(TransactionCategories.All, CategoryProfiles.All.Select(p => p.Category));
        Assert.Equal(1.0, CategoryProfiles.All.Sum(p => p.Share), 9);
        Assert.Equal(0.34, CategoryProfiles.Of("Shopping").Share);
        Assert.Equal(0.19, CategoryProfiles.Of("Auto and Transport").Share);
        Assert.Equal(0.15, CategoryProfiles.Of("Entertainment").Share);
        Assert.Equal(0.10, CategoryProfiles.Of("Food and Dining").Share);
        Assert.Equal(0.002, CategoryProfiles.Of("Gambling").Share);
        Assert.Equal("Shopping", CategoryProfiles.All.MaxBy(p => p.Share)!.Category);
        Assert.Equal("Gambling", CategoryProfiles.All.MinBy(p => p.Share)!.Category);
    }

    [Fact]
    public void Every_category_appears_in_the_noisy_labels()
    {
        Assert.Equal(TransactionCategories.All.Order(), data.Noisy.Select(r => r.Category).Distinct().Order());
    }
}

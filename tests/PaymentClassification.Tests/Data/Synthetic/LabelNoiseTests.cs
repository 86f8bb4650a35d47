namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

[Collection(GeneratedTransactionsCollection.Name)]
public sealed class LabelNoiseTests(GeneratedTransactions data)
{
    [Fact]
    public void The_share_of_wrong_labels_is_near_the_option()
    {
        var wrong = data.Noisy.Zip(data.Clean).Where(p => p.First.Category != p.Second.Category).ToList();
        var rate = wrong.Count / (double)data.Noisy.Count;
        // Standard error of a 3% rate over 100,000 rows: sqrt(0.03 * 0.97 / 100000) = 0.00054.
        Assert.InRange(rate, 0.03 - 4 * 0.00054, 0.03 + 4 * 0.00054);

        // Half the replaced labels become Uncategorized, plus 1/18 of the other half: 0.5 + 0.5/18 = 0.528.
        var uncategorized = wrong.Count(p => p.First.Category == "Uncategorized") / (double)wrong.Count;
        Assert.InRange(uncategorized, 0.45, 0.61);
    }
}

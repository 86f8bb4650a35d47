namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

/// <summary>Receivers (merchants) and senders (customers): ids, category membership and habits.</summary>
[Collection(GeneratedTransactionsCollection.Name)]
public sealed class PartyTests(GeneratedTransactions data)
{
    [Fact]
    public void Ids_are_16_digits_and_senders_differ_from_receivers()
    {
        Assert.All(data.Noisy, r =>
        {
            Assert.Matches("^[1-9][0-9]{15}$", r.ReceiverId);
            Assert.Matches("^[1-9][0-9]{15}$", r.SenderId);
        });
        var receivers = data.Noisy.Select(r => r.ReceiverId).ToHashSet();
        var senders = data.Noisy.Select(r => r.SenderId).ToHashSet();
        Assert.Empty(receivers.Intersect(senders));
        Assert.InRange(receivers.Count, 900, GeneratedTransactions.Options.Receivers);
        Assert.InRange(senders.Count, 1_900, GeneratedTransactions.Options.Senders);
    }

    [Fact]
    public void Most_receivers_sell_one_category_and_some_sell_two()
    {
        var topShares = data.Clean.GroupBy(r => r.ReceiverId)
            .Where(g => g.Count() >= 20)
            .Select(g => g.CountBy(r => r.Category).Max(c => c.Value) / (double)g.Count())
            .ToList();
        // 10% of merchants are ambiguous; the other 90% take only their own category.
        var single = topShares.Count(s => s == 1.0) / (double)topShares.Count;
        var mixed = topShares.Count(s => s < 0.95) / (double)topShares.Count;
        Assert.True(single > 0.8, $"single-category receivers: {single:P1}");
        Assert.True(mixed > 0.03, $"receivers with a second category above 5%: {mixed:P1}");
    }

    [Fact]
    public void Merchant_popularity_is_skewed()
    {
        var perReceiver = data.Clean.CountBy(r => r.ReceiverId).Select(c => c.Value).OrderDescending().ToArray();
        // Zipf weights 1/rank: the busiest tenth of merchants takes well over half the payments.
        var top = perReceiver.Take(perReceiver.Length / 10).Sum() / (double)data.Clean.Count;
        Assert.True(top > 0.5, $"busiest 10% of receivers take {top:P1}");
    }

    [Fact]
    public void Senders_return_to_the_same_merchants()
    {
        // A repeat is a payment to a receiver the sender paid before. Popular merchants give repeats by chance
        // too, so compare with the same payments whose receivers are shuffled within each category (same
        // popularity, no habits).
        var withHabits = RepeatShare(data.Clean.Select(r => (r.SenderId, r.ReceiverId)));
        var random = new Random(9);
        var shuffled = data.Clean.GroupBy(r => r.Category).SelectMany(g =>
        {
            var receivers = g.Select(r => r.ReceiverId).ToArray();
            random.Shuffle(receivers);
            return g.Select((r, i) => (r.SenderId, receivers[i]));
        });
        var without = RepeatShare(shuffled);
        Assert.True(withHabits > without + 0.15, $"repeat payments {withHabits:P1}, shuffled {without:P1}");
    }

    private static double RepeatShare(IEnumerable<(string Sender, string Receiver)> payments)
    {
        var seen = new HashSet<(string, string)>();
        var all = payments.ToList();
        return all.Count(p => !seen.Add(p)) / (double)all.Count;
    }

    [Fact]
    public void Senders_have_favourite_categories()
    {
        // Concentration of a sender's categories: the sum of squared shares (0.189 for the global mix itself).
        // Without habits it would match what the same payments give with categories shuffled across senders.
        var senders = data.Clean.Select(r => r.SenderId).ToArray();
        var categories = data.Clean.Select(r => r.Category).ToArray();
        var shuffled = (string[])categories.Clone();
        new Random(5).Shuffle(shuffled);
        var withHabits = Concentration(senders, categories);
        var without = Concentration(senders, shuffled);
        Assert.True(withHabits > without + 0.05, $"concentration {withHabits:F3}, shuffled {without:F3}");
    }

    private static double Concentration(string[] senders, string[] categories) =>
        senders.Zip(categories).GroupBy(x => x.First)
            .Where(g => g.Count() >= 30)
            .Select(g => g.CountBy(x => x.Second).Sum(c => Math.Pow(c.Value / (double)g.Count(), 2)))
            .Average();
}

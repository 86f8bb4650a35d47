using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Tests.Features;

/// <summary>
/// Small seeded payments for the store tests: receivers with a main category, senders paying a handful of them,
/// times on a one-minute grid over 30 days so that many transactions share a timestamp (ties matter).
/// </summary>
internal static class SyntheticPayments
{
    public static readonly DateTime Start = new(2024, 1, 1);

    public static List<LabelledTransaction> Create(int count, int seed, int receivers = 40, int senders = 60)
    {
        var random = new Random(seed);
        var categories = TransactionCategories.All;
        var receiverIds = Enumerable.Range(0, receivers).Select(i => Id(1_000_000_000_000_000 + i)).ToArray();
        var senderIds = Enumerable.Range(0, senders).Select(i => Id(2_000_000_000_000_000 + i)).ToArray();
        var mainCategory = receiverIds.Select(_ => random.Next(categories.Count)).ToArray();
        var payments = new List<LabelledTransaction>(count);
        for (var i = 0; i < count; i++)
        {
            var receiver = random.Next(receivers);
            var category = random.NextDouble() < 0.8 ? mainCategory[receiver] : random.Next(categories.Count);
            var amount = Math.Round((decimal)Math.Exp(2 + category * 0.3 + random.NextDouble() * 2), 2);
            payments.Add(new LabelledTransaction
            {
                ReceiverId = receiverIds[receiver],
                SenderId = senderIds[random.Next(senders)],
                Amount = amount,
                Timestamp = Start.AddMinutes(random.Next(30 * 24 * 60)),
                Category = categories[category],
            });
        }

        return payments;
    }

    public static LabelledTransaction Payment(string sender, string receiver, decimal amount, DateTime at, string category) =>
        new() { SenderId = sender, ReceiverId = receiver, Amount = amount, Timestamp = at, Category = category };

    private static string Id(long value) => value.ToString("D16", System.Globalization.CultureInfo.InvariantCulture);
}

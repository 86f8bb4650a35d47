namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// Makes synthetic labelled payments in the public solution's schema, realistic enough that classifying them is
/// not trivial: the public class mix, log-normal amounts per category that overlap, merchants with Zipf-like
/// popularity (some selling two categories), customers with favourite categories, usual merchants and their own
/// spend level, time-of-day, weekday, day-of-month and seasonal patterns per category, and label noise.
/// The same <see cref="GeneratorOptions"/> give the same rows; rows are sorted by timestamp.
/// </summary>
/// <example><code>
/// var rows = TransactionGenerator.Generate(new GeneratorOptions { Rows = 100_000, Seed = 7 });
/// TransactionCsv.Write("transactions.csv", rows);
/// </code></example>
public static class TransactionGenerator
{
    // One random stream per purpose (see RandomSource.Stream).
    private const int AccountStream = 0, MerchantStream = 1, CustomerStream = 2, PaymentStream = 3, NoiseStream = 4;

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    public static IReadOnlyList<LabelledTransaction> Generate(GeneratorOptions? options = null)
    {
        options ??= new GeneratorOptions();
        options.Validate();
        var profiles = CategoryProfiles.All;
        var accounts = new AccountNumbers(RandomSource.Stream(options.Seed, AccountStream));
        var merchants = new MerchantPopulation(profiles, options, accounts, RandomSource.Stream(options.Seed, MerchantStream));
        var customers = new CustomerPopulation(profiles, options, accounts, RandomSource.Stream(options.Seed, CustomerStream));
        var calendar = new SpendingCalendar(profiles, options.Start, options.End);
        var mix = new CumulativeWeights([.. profiles.Select(p => p.Share)]);
        var random = RandomSource.Stream(options.Seed, PaymentStream);

        // Each payment: its category first (so the class mix holds), then who pays, where, how much and when.
        var payments = new Payment[options.Rows];
        for (var i = 0; i < payments.Length; i++)
        {
            var category = mix.Sample(random);
            var customer = customers.Sample(category, random);
            var merchant = customers.ChooseMerchant(customer, category, merchants, random);
            var amount = random.LogNormal(profiles[category].MeanAmount, profiles[category].AmountSpread)
                         * customers.SpendScale(customer, category) * merchants.PriceLevel(merchant, category);
            payments[i] = new Payment(calendar.Sample(category, random), i, category, customer, merchant, ToMoney(amount));
        }
        Array.Sort(payments, (a, b) => a.Timestamp != b.Timestamp
            ? a.Timestamp.CompareTo(b.Timestamp)
            : a.Sequence.CompareTo(b.Sequence));

        // Noise is drawn after sorting from its own stream, so the noise rate changes labels and nothing else.
        var noise = new LabelNoise(TransactionCategories.All, options.LabelNoise, RandomSource.Stream(options.Seed, NoiseStream));
        var rows = new LabelledTransaction[payments.Length];
        for (var i = 0; i < payments.Length; i++)
        {
            var p = payments[i];
            rows[i] = new LabelledTransaction
            {
                Category = TransactionCategories.All[noise.Label(p.Category)],
                ReceiverId = merchants.All[p.Merchant].Id,
                SenderId = customers.All[p.Customer].Id,
                Amount = p.Amount,
                Timestamp = p.Timestamp,
            };
        }
        return rows;
    }

    private static decimal ToMoney(double amount) =>
        Math.Max(0.01m, Math.Round((decimal)Math.Min(amount, 10_000_000), 2, MidpointRounding.AwayFromZero));

    private readonly record struct Payment(
        DateTime Timestamp, int Sequence, int Category, int Customer, int Merchant, decimal Amount);
}

namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// The customers and their habits: how active each is, which categories each favours (and which it never
/// uses), and the few merchants each returns to per category.
/// </summary>
internal sealed class CustomerPopulation
{
    private const double ActivitySpread = 0.9;
    private const double AffinitySpread = 0.6;
    private const double SpendScaleSpread = 0.35;
    private const int PreferredCategories = 3;
    private const double PreferredBoost = 3;

    // A customer's usual merchants in a category, most used first.
    private static readonly CumulativeWeights FavouriteUse = new([0.6, 0.3, 0.1]);

    private readonly CumulativeWeights[] _byCategory;
    private readonly double[] _spendNorm;
    private readonly Dictionary<long, int[]> _favourites = [];
    private readonly int _categories;

    public CustomerPopulation(IReadOnlyList<CategoryProfile> profiles, GeneratorOptions options,
        AccountNumbers accounts, RandomSource random)
    {
        _categories = profiles.Count;
        var mix = new CumulativeWeights([.. profiles.Select(p => p.Share)]);
        var customers = new Customer[options.Senders];
        var weights = new double[profiles.Count][];
        for (var c = 0; c < profiles.Count; c++)
        {
            weights[c] = new double[options.Senders];
        }
        for (var s = 0; s < options.Senders; s++)
        {
            customers[s] = new Customer(accounts.Next(), random.LogNormal(1, SpendScaleSpread), 0.5 + 0.4 * random.NextDouble());
            var activity = random.LogNormal(1, ActivitySpread);
            var preferred = Enumerable.Range(0, PreferredCategories).Select(_ => mix.Sample(random)).ToHashSet();
            for (var c = 0; c < profiles.Count; c++)
            {
                var adopted = random.Chance(profiles[c].Adoption);
                var affinity = random.LogNormal(1, AffinitySpread) * (preferred.Contains(c) ? PreferredBoost : 1);
                weights[c][s] = adopted ? activity * affinity : 0;
            }
        }
        for (var c = 0; c < profiles.Count; c++)
        {
            if (weights[c].All(w => w == 0))
            {
                // Few customers and a rare category: let anyone pay in it rather than drop its payments.
                Array.Fill(weights[c], 1.0);
            }
        }
        All = customers;
        _byCategory = [.. weights.Select(w => new CumulativeWeights(w))];
        // Rescaled so the spend scale of a category's payers averages 1, as drawn: the category's mean holds.
        _spendNorm = [.. weights.Select(w => w.Sum() / w.Select((x, s) => x * customers[s].SpendScale).Sum())];
    }

    public IReadOnlyList<Customer> All { get; }

    /// <summary>A customer index drawn by activity and affinity for <paramref name="category"/>.</summary>
    public int Sample(int category, RandomSource random) => _byCategory[category].Sample(random);

    /// <summary>How much a customer spends compared with the category's average payer (which is 1).</summary>
    public double SpendScale(int customer, int category) => All[customer].SpendScale * _spendNorm[category];

    /// <summary>
    /// The merchant a customer pays in a category: usually one of its own favourites (repeat purchases), else one
    /// drawn by popularity. Favourites are drawn on first need, so they follow popularity too.
    /// </summary>
    public int ChooseMerchant(int customer, int category, MerchantPopulation merchants, RandomSource random)
    {
        if (!random.Chance(All[customer].Loyalty))
        {
            return merchants.Sample(category, random);
        }
        var key = (long)customer * _categories + category;
        if (!_favourites.TryGetValue(key, out var favourites))
        {
            favourites = [.. Enumerable.Range(0, FavouriteUse.Count).Select(_ => merchants.Sample(category, random))];
            _favourites[key] = favourites;
        }
        return favourites[FavouriteUse.Sample(random)];
    }
}

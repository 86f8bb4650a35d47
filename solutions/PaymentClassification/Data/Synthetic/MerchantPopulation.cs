namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// The merchants of every category, with Zipf-like popularity: in each category the merchant of rank r gets
/// weight 1/r, so a few big names take much of the trade and many small ones share the rest.
/// </summary>
internal sealed class MerchantPopulation
{
    // Categories get merchants in proportion to share^0.6: rare categories still have several merchants.
    private const double ShareExponent = 0.6;
    private const double PriceLevelSpread = 0.25;

    // An ambiguous merchant's second category is a sideline: a third of the weight its rank would give.
    private const double SecondaryWeight = 0.35;

    private readonly int[][] _members;
    private readonly CumulativeWeights[] _popularity;
    private readonly double[] _priceNorm;

    public MerchantPopulation(IReadOnlyList<CategoryProfile> profiles, GeneratorOptions options,
        AccountNumbers accounts, RandomSource random)
    {
        var categoryIndex = profiles.Select((p, i) => (p.Category, i)).ToDictionary(x => x.Category, x => x.i);
        var counts = Allocate(options.Receivers, [.. profiles.Select(p => Math.Pow(p.Share, ShareExponent))]);
        var merchants = new List<Merchant>(options.Receivers);
        for (var c = 0; c < profiles.Count; c++)
        {
            for (var k = 0; k < counts[c]; k++)
            {
                var secondary = random.Chance(options.AmbiguousReceivers) ? categoryIndex[profiles[c].Neighbour] : -1;
                merchants.Add(new Merchant(accounts.Next(), c, secondary, random.LogNormal(1, PriceLevelSpread)));
            }
        }
        All = merchants;

        _members = new int[profiles.Count][];
        _popularity = new CumulativeWeights[profiles.Count];
        _priceNorm = new double[profiles.Count];
        for (var c = 0; c < profiles.Count; c++)
        {
            var primaries = Enumerable.Range(0, merchants.Count).Where(m => merchants[m].Category == c).ToArray();
            Shuffle(primaries, random);
            var members = new List<int>(primaries);
            var weights = new List<double>(primaries.Select((_, rank) => 1.0 / (rank + 1)));
            foreach (var m in Enumerable.Range(0, merchants.Count).Where(m => merchants[m].Secondary == c))
            {
                members.Add(m);
                weights.Add(SecondaryWeight / (random.Next(primaries.Length) + 1));
            }
            _members[c] = [.. members];
            _popularity[c] = new CumulativeWeights(weights);
            // A few popular merchants carry most payments; rescaling their price levels to a popularity-weighted
            // mean of 1 keeps the category's mean amount where the table puts it.
            _priceNorm[c] = weights.Sum() / members.Select((m, k) => weights[k] * merchants[m].PriceLevel).Sum();
        }
    }

    public IReadOnlyList<Merchant> All { get; }

    /// <summary>A merchant index drawn by popularity among those selling <paramref name="category"/>.</summary>
    public int Sample(int category, RandomSource random) => _members[category][_popularity[category].Sample(random)];

    /// <summary>How a merchant's prices compare with its category's average (which is 1).</summary>
    public double PriceLevel(int merchant, int category) => All[merchant].PriceLevel * _priceNorm[category];

    /// <summary>Splits <paramref name="total"/> into one per weight plus the rest by largest remainder.</summary>
    private static int[] Allocate(int total, double[] weights)
    {
        var counts = Enumerable.Repeat(1, weights.Length).ToArray();
        var rest = total - weights.Length;
        var sum = weights.Sum();
        var exact = weights.Select(w => rest * w / sum).ToArray();
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += (int)Math.Floor(exact[i]);
        }
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).Take(left))
        {
            counts[i]++;
        }
        return counts;
    }

    private static void Shuffle(int[] items, RandomSource random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

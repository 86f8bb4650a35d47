namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// Replaces some labels with wrong ones, as real labelling does: half of the replaced labels become
/// "Uncategorized" (the labeller gave up), the other half any other category (a slip).
/// </summary>
internal sealed class LabelNoise(IReadOnlyList<string> categories, double rate, RandomSource random)
{
    private readonly int _uncategorized = IndexOf(categories, "Uncategorized");

    /// <summary>The label to publish for a payment of true category <paramref name="category"/>.</summary>
    public int Label(int category)
    {
        if (!random.Chance(rate))
        {
            return category;
        }
        if (category != _uncategorized && random.Chance(0.5))
        {
            return _uncategorized;
        }
        var other = random.Next(categories.Count - 1);
        return other >= category ? other + 1 : other; // never the true category
    }

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i] == category)
            {
                return i;
            }
        }
        throw new ArgumentException($"The categories lack '{category}'.", nameof(categories));
    }
}

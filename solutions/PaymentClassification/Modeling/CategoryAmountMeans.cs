using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>The mean amount of each category over a set of labelled rows (NaN for a category with none).</summary>
/// <param name="Means">One mean per category, in <see cref="TransactionCategories.All"/> order.</param>
public sealed record CategoryAmountMeans(IReadOnlyList<double> Means)
{
    /// <summary>The means over <paramref name="training"/>: pass the training rows only, never the test rows.</summary>
    public static CategoryAmountMeans Fit(IEnumerable<LabelledTransaction> training)
    {
        var categories = TransactionCategories.All;
        var sums = new double[categories.Count];
        var counts = new int[categories.Count];
        foreach (var row in training)
        {
            var c = IndexOf(row.Category);
            sums[c] += (double)row.Amount;
            counts[c]++;
        }
        return new CategoryAmountMeans([.. sums.Select((sum, c) => counts[c] > 0 ? sum / counts[c] : double.NaN)]);
    }

    private static int IndexOf(string category)
    {
        for (var c = 0; c < TransactionCategories.All.Count; c++)
        {
            if (TransactionCategories.All[c] == category)
            {
                return c;
            }
        }
        throw new ArgumentException($"'{category}' is not one of the 19 transaction categories.", nameof(category));
    }
}

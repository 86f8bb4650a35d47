namespace Solutions.Shared.Modeling.Explaining;

/// <summary>How much a metric drops when one input column's values are shuffled across rows.</summary>
/// <param name="Feature">The input column.</param>
/// <param name="MeanDrop">Baseline metric minus the metric with the column shuffled, averaged over repeats.</param>
/// <param name="StandardDeviation">Sample standard deviation of the drop over repeats.</param>
public sealed record FeatureImportance(string Feature, double MeanDrop, double StandardDeviation);

/// <summary>
/// Permutation importance on raw input columns (before any encoding), so a one-hot encoded category counts
/// as one feature. Works with any model that scores rows of values, such as a solution's served predictor.
/// </summary>
public static class PermutationImportance
{
    /// <param name="rows">Rows of input values, one array per row, columns in <paramref name="features"/> order.</param>
    /// <param name="features">The names of the columns.</param>
    /// <param name="metric">Scores a set of rows and returns the metric (higher is better), e.g. ROC AUC.</param>
    /// <param name="repeats">Shuffles per column.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <returns>One entry per column, largest mean drop first.</returns>
    public static IReadOnlyList<FeatureImportance> Compute(
        IReadOnlyList<object?[]> rows,
        IReadOnlyList<string> features,
        Func<IReadOnlyList<object?[]>, double> metric,
        int repeats,
        int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        ArgumentNullException.ThrowIfNull(metric);
        if (rows.Count < 2)
        {
            throw new ArgumentException("Permutation importance needs at least two rows.", nameof(rows));
        }
        for (var r = 0; r < rows.Count; r++)
        {
            // A row of another width means the names and the values disagree: every importance would be misnamed.
            if (rows[r].Length != features.Count)
            {
                throw new ArgumentException(
                    $"Row {r} has {rows[r].Length} values but {features.Count} features are named ({string.Join(", ", features)}).",
                    nameof(rows));
            }
        }
        var baseline = metric(rows);
        var random = new Random(seed);
        var results = new List<FeatureImportance>(features.Count);
        var permuted = rows.Select(r => (object?[])r.Clone()).ToArray();
        var order = Enumerable.Range(0, rows.Count).ToArray();
        for (var column = 0; column < features.Count; column++)
        {
            var drops = new double[repeats];
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                random.Shuffle(order);
                for (var i = 0; i < rows.Count; i++)
                {
                    permuted[i][column] = rows[order[i]][column];
                }
                drops[repeat] = baseline - metric(permuted);
            }
            for (var i = 0; i < rows.Count; i++)
            {
                permuted[i][column] = rows[i][column];
            }
            var mean = drops.Average();
            var sd = repeats > 1 ? Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / (repeats - 1)) : 0.0;
            results.Add(new FeatureImportance(features[column], mean, sd));
        }
        return [.. results.OrderByDescending(r => r.MeanDrop)];
    }
}

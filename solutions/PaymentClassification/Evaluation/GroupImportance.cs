using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Modeling;
using Solutions.Shared.Evaluation.Multiclass;
using Solutions.Shared.Modeling.Explaining;

namespace Solutions.PaymentClassification.Evaluation;

/// <summary>
/// Permutation importance by feature group: the drop in test accuracy when a group's values are moved, together,
/// to other rows. Shuffling a group as one keeps its features consistent with each other (19 shares still sum to 1).
/// </summary>
public static class GroupImportance
{
    /// <returns>One entry per group, largest drop first.</returns>
    public static IReadOnlyList<FeatureImportance> Compute(
        PaymentModel<PaymentModelInput> model, IReadOnlyList<PaymentModelInput> rows, IReadOnlyList<FeatureGroup> groups,
        int repeats, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var actual = rows.Select(r => r.Label).ToArray();
        var baseline = Accuracy(model, actual, rows);
        var random = new Random(seed);
        var results = new List<FeatureImportance>(groups.Count);
        foreach (var group in groups)
        {
            var drops = new double[repeats];
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                var order = Enumerable.Range(0, rows.Count).ToArray();
                random.Shuffle(order);
                var permuted = new PaymentModelInput[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    var features = (float[])rows[i].Features.Clone();
                    foreach (var index in group.Indices)
                    {
                        features[index] = rows[order[i]].Features[index];
                    }
                    permuted[i] = new PaymentModelInput { Label = rows[i].Label, Features = features };
                }
                drops[repeat] = baseline - Accuracy(model, actual, permuted);
            }
            var mean = drops.Average();
            var sd = repeats > 1 ? Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / (repeats - 1)) : 0;
            results.Add(new FeatureImportance(group.Name, mean, sd));
        }
        return [.. results.OrderByDescending(r => r.MeanDrop)];
    }

    private static double Accuracy(PaymentModel<PaymentModelInput> model, string[] actual, IReadOnlyList<PaymentModelInput> rows) =>
        MulticlassClassificationEvaluator.Evaluate(actual, model.PredictProbabilities(rows), TransactionCategories.All).Accuracy;
}

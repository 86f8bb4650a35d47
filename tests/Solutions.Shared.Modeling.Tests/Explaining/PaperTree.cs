using Microsoft.ML.Trainers.FastTree;
using Solutions.Shared.Modeling.Explaining;

namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>
/// A regression tree written out in ML.NET's arrays (child k &lt; 0 is leaf ~k; a value at or below the
/// threshold goes left), so tests can build trees by hand and evaluate SHAP's definition on them directly.
/// </summary>
internal sealed record PaperTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf)
{
    public static PaperTree From(RegressionTree tree, double weight) => new(
        [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeftChild], [.. tree.RightChild],
        [.. tree.LeafValues.Select(v => v * weight)]);

    public ShapTree ToShapTree(IReadOnlyList<float[]> background, int featureCount) =>
        ShapTree.Create(Feature, Threshold, Left, Right, Leaf, background, featureCount, treeIndex: 0);

    /// <summary>
    /// E[f(x) | x_S] as path-dependent TreeSHAP defines it: follow <paramref name="row"/> at splits on a feature
    /// in <paramref name="known"/>, otherwise average both branches by how many background rows took each
    /// (equally when none reached the split).
    /// </summary>
    public double ConditionalMean(float[] row, Func<int, bool> known, IReadOnlyList<float[]> background) =>
        Mean(0, row, known, background);

    private double Mean(int node, float[] row, Func<int, bool> known, IReadOnlyList<float[]> reaching)
    {
        if (node < 0)
        {
            return Leaf[~node];
        }
        var (feature, threshold) = (Feature[node], Threshold[node]);
        if (known(feature))
        {
            return Mean(row[feature] <= threshold ? Left[node] : Right[node], row, known, Reaching(reaching, feature, threshold, left: row[feature] <= threshold));
        }
        var left = Reaching(reaching, feature, threshold, left: true);
        var right = Reaching(reaching, feature, threshold, left: false);
        var share = reaching.Count == 0 ? 0.5 : (double)left.Length / reaching.Count;
        return share * Mean(Left[node], row, known, left) + (1 - share) * Mean(Right[node], row, known, right);
    }

    private static float[][] Reaching(IReadOnlyList<float[]> rows, int feature, float threshold, bool left) =>
        [.. rows.Where(r => (r[feature] <= threshold) == left)];
}

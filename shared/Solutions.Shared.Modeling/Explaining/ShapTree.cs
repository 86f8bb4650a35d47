using Microsoft.ML.Trainers.FastTree;

namespace Solutions.Shared.Modeling.Explaining;

/// <summary>
/// One ML.NET regression tree in flat arrays, with the share of background rows that goes left at each split,
/// ready for path-dependent TreeSHAP. Internal nodes are 0..n-1 and leaf k is n + k, so one index names both.
/// </summary>
internal sealed class ShapTree
{
    private readonly int _splits;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leftShare;
    private readonly double[] _leafValue;

    private ShapTree(int[] feature, float[] threshold, int[] left, int[] right, double[] leafValue, int depth)
    {
        _splits = feature.Length;
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _leafValue = leafValue;
        _leftShare = new double[_splits];
        Depth = depth;
    }

    /// <summary>The most splits on one root-to-leaf path.</summary>
    public int Depth { get; }

    /// <summary>The tree's output averaged over the background (each leaf weighted by its share of cover).</summary>
    public double ExpectedValue { get; private set; }

    /// <summary>
    /// Flattens <paramref name="tree"/> with its leaf values scaled by <paramref name="weight"/> and counts how
    /// the background rows divide at each split.
    /// </summary>
    /// <exception cref="NotSupportedException">The tree has a categorical split.</exception>
    public static ShapTree From(RegressionTree tree, double weight, IReadOnlyList<float[]> background, int featureCount, int treeIndex)
    {
        for (var node = 0; node < tree.NumberOfNodes; node++)
        {
            // A categorical split tests several one-hot slots at once; Shapley values per slot are not defined
            // for it the way they are for one feature against one threshold.
            if (tree.CategoricalSplitFlags[node])
            {
                throw new NotSupportedException(
                    $"Tree {treeIndex}, node {node} is a categorical split; TreeSHAP here explains numeric splits only " +
                    "(train without LightGbm's UseCategoricalSplit or FastTree's CategoricalSplit).");
            }
        }
        return Create(
            [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeftChild], [.. tree.RightChild],
            [.. tree.LeafValues.Select(v => v * weight)], background, featureCount, treeIndex);
    }

    /// <summary>A tree from ML.NET's arrays: a child index k &lt; 0 is leaf ~k; a value at or below the threshold goes left.</summary>
    /// <param name="splitFeature">The feature slot of each split.</param>
    /// <param name="threshold">The threshold of each split.</param>
    /// <param name="leftChild">Where a value at or below the threshold goes.</param>
    /// <param name="rightChild">Where a greater value goes.</param>
    /// <param name="leafValue">The output of each leaf (already scaled by the tree's weight).</param>
    /// <param name="background">Rows whose paths set the covers.</param>
    /// <param name="featureCount">Feature slots per row.</param>
    /// <param name="treeIndex">The tree's position, for error messages.</param>
    public static ShapTree Create(
        int[] splitFeature, float[] threshold, int[] leftChild, int[] rightChild, double[] leafValue,
        IReadOnlyList<float[]> background, int featureCount, int treeIndex)
    {
        var splits = splitFeature.Length;
        if (leafValue.Length != splits + 1 || threshold.Length != splits || leftChild.Length != splits || rightChild.Length != splits)
        {
            throw new ArgumentException(
                $"Tree {treeIndex} has {splits} splits, {threshold.Length} thresholds, {leftChild.Length}/{rightChild.Length} children and {leafValue.Length} leaves; a binary tree has one leaf more than splits.");
        }
        for (var node = 0; node < splits; node++)
        {
            if (splitFeature[node] < 0 || splitFeature[node] >= featureCount)
            {
                throw new ArgumentException(
                    $"Tree {treeIndex}, node {node} splits on feature slot {splitFeature[node]}, but the background rows have {featureCount} slots.");
            }
        }
        var left = leftChild.Select(c => Index(c, splits)).ToArray();
        var right = rightChild.Select(c => Index(c, splits)).ToArray();
        var depth = DepthBelow(0, splits, left, right);
        if (depth > ShapPath.MaxDepth)
        {
            throw new NotSupportedException($"Tree {treeIndex} is {depth} splits deep; TreeSHAP here explains trees up to {ShapPath.MaxDepth} deep.");
        }
        var flat = new ShapTree(splitFeature, threshold, left, right, leafValue, depth);
        flat.MeasureCover(background);
        return flat;
    }

    /// <summary>The tree's output for one row, as ML.NET computes it (a value at or below the threshold goes left).</summary>
    public double Evaluate(ReadOnlySpan<float> features) => _leafValue[LeafOf(features) - _splits];

    /// <summary>Adds the row's SHAP values for this tree to <paramref name="contributions"/>.</summary>
    /// <param name="features">The row, one value per feature slot.</param>
    /// <param name="contributions">One running total per feature slot.</param>
    /// <param name="buffer">Scratch space of at least <see cref="PathBufferLength"/> elements.</param>
    public void AddContributions(ReadOnlySpan<float> features, Span<double> contributions, Span<PathElement> buffer) =>
        Recurse(0, features, contributions, buffer, parentStart: 0, depth: 0, zero: 1, one: 1, feature: -1);

    /// <summary>Path elements <see cref="AddContributions"/> needs: one path per level, each one longer than its parent's.</summary>
    public static int PathBufferLength(int depth) => (depth + 2) * (depth + 3) / 2;

    private void Recurse(
        int node, ReadOnlySpan<float> features, Span<double> contributions, Span<PathElement> buffer,
        int parentStart, int depth, double zero, double one, int feature)
    {
        // Each level works on its own copy of the path, so the sibling visited next sees the parent's path intact.
        var start = parentStart + depth + 1;
        buffer.Slice(parentStart, depth + 1).CopyTo(buffer[start..]);
        var path = buffer[start..];
        ShapPath.Extend(path, depth, zero, one, feature);

        if (node >= _splits)
        {
            var value = _leafValue[node - _splits];
            for (var i = 1; i <= depth; i++)
            {
                var element = path[i];
                contributions[element.Feature] += ShapPath.UnwoundSum(path, depth, i) * (element.One - element.Zero) * value;
            }
            return;
        }

        var split = _feature[node];
        var goesLeft = features[split] <= _threshold[node];
        var (hot, cold) = goesLeft ? (_left[node], _right[node]) : (_right[node], _left[node]);
        var hotShare = goesLeft ? _leftShare[node] : 1 - _leftShare[node];

        // A feature split on again further down enters the path once, with both splits' fractions multiplied.
        var (incomingZero, incomingOne) = (1.0, 1.0);
        for (var i = 1; i <= depth; i++)
        {
            if (path[i].Feature == split)
            {
                (incomingZero, incomingOne) = (path[i].Zero, path[i].One);
                ShapPath.Unwind(path, depth, i);
                depth--;
                break;
            }
        }
        Descend(hot, features, contributions, buffer, start, depth + 1, hotShare * incomingZero, incomingOne, split);
        Descend(cold, features, contributions, buffer, start, depth + 1, (1 - hotShare) * incomingZero, 0, split);
    }

    private void Descend(
        int node, ReadOnlySpan<float> features, Span<double> contributions, Span<PathElement> buffer,
        int parentStart, int depth, double zero, double one, int feature)
    {
        // A branch that neither the row nor any background row reaches adds nothing (and would divide by zero).
        if (zero != 0 || one != 0)
        {
            Recurse(node, features, contributions, buffer, parentStart, depth, zero, one, feature);
        }
    }

    private int LeafOf(ReadOnlySpan<float> features)
    {
        var node = 0;
        while (node < _splits)
        {
            node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
        }
        return node;
    }

    private void MeasureCover(IReadOnlyList<float[]> background)
    {
        var rows = new double[_splits + _leafValue.Length];
        foreach (var row in background)
        {
            var node = 0;
            rows[0]++;
            while (node < _splits)
            {
                node = row[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
                rows[node]++;
            }
        }
        for (var node = 0; node < _splits; node++)
        {
            // A split no background row reaches weighs its branches equally, so every node keeps a defined mean.
            _leftShare[node] = rows[node] > 0 ? rows[_left[node]] / rows[node] : 0.5;
        }
        ExpectedValue = MeanBelow(0);
    }

    private double MeanBelow(int node) => node >= _splits
        ? _leafValue[node - _splits]
        : _leftShare[node] * MeanBelow(_left[node]) + (1 - _leftShare[node]) * MeanBelow(_right[node]);

    private static int DepthBelow(int node, int splits, int[] left, int[] right) => node >= splits
        ? 0
        : 1 + Math.Max(DepthBelow(left[node], splits, left, right), DepthBelow(right[node], splits, left, right));

    // ML.NET encodes leaf k as ~k among the child indices.
    private static int Index(int child, int splits) => child >= 0 ? child : splits + ~child;
}

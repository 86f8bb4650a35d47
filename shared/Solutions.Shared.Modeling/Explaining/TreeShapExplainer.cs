using System.Buffers;
using Microsoft.ML.Trainers.FastTree;

namespace Solutions.Shared.Modeling.Explaining;

/// <summary>
/// Exact SHAP values of an ML.NET tree ensemble (FastTree, LightGbm, FastForest...) for one row: path-dependent
/// TreeSHAP (Lundberg, Erion and Lee 2018, Algorithm 2). The values add up:
/// <see cref="ExpectedValue"/> plus the sum of a row's contributions is the ensemble's raw score for that row
/// (the log-odds before calibration, for a binary classifier).
/// </summary>
/// <remarks>
/// "A feature is unknown" means the row is averaged over both branches of that feature's splits, weighted by how
/// many background rows took each branch (the nodes' cover). ML.NET does not keep covers, so they are counted
/// from the background rows given to <see cref="Create"/>: the training rows give the usual TreeSHAP values.
/// Thread-safe; one explanation allocates only its result.
/// </remarks>
public sealed class TreeShapExplainer
{
    private readonly ShapTree[] _trees;
    private readonly double _bias;
    private readonly int _pathBufferLength;

    private TreeShapExplainer(ShapTree[] trees, double bias, int featureCount)
    {
        _trees = trees;
        _bias = bias;
        FeatureCount = featureCount;
        ExpectedValue = bias + trees.Sum(t => t.ExpectedValue);
        _pathBufferLength = ShapTree.PathBufferLength(trees.Length == 0 ? 0 : trees.Max(t => t.Depth));
    }

    /// <summary>The number of feature slots a row has (the length of the model's Features vector).</summary>
    public int FeatureCount { get; }

    /// <summary>The raw score averaged over the background: what the contributions of a row start from.</summary>
    public double ExpectedValue { get; }

    /// <summary>Prepares explanations of <paramref name="ensemble"/>'s scores.</summary>
    /// <param name="ensemble">The trees, e.g. <c>FastTreeBinaryModelParameters.TrainedTreeEnsemble</c>.</param>
    /// <param name="background">Feature vectors of rows like the training data (e.g. up to 10,000 training rows),
    /// all of the model's feature length; they set the covers and so <see cref="ExpectedValue"/>.</param>
    /// <exception cref="ArgumentException">No background rows, rows of different lengths, a missing (NaN) value, or
    /// a split on a slot beyond the rows' length.</exception>
    /// <exception cref="NotSupportedException">The ensemble has a categorical split.</exception>
    public static TreeShapExplainer Create(RegressionTreeEnsemble ensemble, IReadOnlyList<float[]> background)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        ArgumentNullException.ThrowIfNull(background);
        if (background.Count == 0)
        {
            throw new ArgumentException("TreeSHAP needs at least one background row to count the trees' covers.", nameof(background));
        }
        var featureCount = background[0]?.Length ?? 0;
        for (var r = 0; r < background.Count; r++)
        {
            var row = background[r] ?? throw new ArgumentException($"Background row {r} is null.", nameof(background));
            if (row.Length != featureCount)
            {
                throw new ArgumentException(
                    $"Background row {r} has {row.Length} feature slots; row 0 has {featureCount}.", nameof(background));
            }
            RefuseMissing(row, $"Background row {r}", nameof(background));
        }
        var trees = new ShapTree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            trees[t] = ShapTree.From(ensemble.Trees[t], ensemble.TreeWeights[t], background, featureCount, t);
        }
        return new TreeShapExplainer(trees, ensemble.Bias, featureCount);
    }

    /// <summary>An explainer of trees built by hand (for tests that work values out on paper).</summary>
    internal static TreeShapExplainer FromTrees(ShapTree[] trees, double bias, int featureCount) => new(trees, bias, featureCount);

    /// <summary>The ensemble's raw score for a row, computed from the trees as ML.NET does.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        CheckRow(features);
        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Evaluate(features);
        }
        return score;
    }

    /// <summary>
    /// One SHAP value per feature slot: how much knowing that slot's value moves the raw score from
    /// <see cref="ExpectedValue"/>. They sum to <see cref="Score"/> minus <see cref="ExpectedValue"/>; a slot no
    /// tree splits on gets exactly 0.
    /// </summary>
    /// <exception cref="ArgumentException">The row's length is not <see cref="FeatureCount"/> or it has a NaN.</exception>
    public double[] Explain(ReadOnlySpan<float> features)
    {
        CheckRow(features);
        var contributions = new double[FeatureCount];
        var buffer = ArrayPool<PathElement>.Shared.Rent(_pathBufferLength);
        try
        {
            foreach (var tree in _trees)
            {
                tree.AddContributions(features, contributions, buffer);
            }
        }
        finally
        {
            ArrayPool<PathElement>.Shared.Return(buffer);
        }
        return contributions;
    }

    private void CheckRow(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException(
                $"The row has {features.Length} feature slots; the model and its background have {FeatureCount}.", nameof(features));
        }
        RefuseMissing(features, "The row", nameof(features));
    }

    // ML.NET may route a missing value by a per-split default that its public tree API does not show, so a NaN
    // could be explained along a path the model did not take.
    private static void RefuseMissing(ReadOnlySpan<float> row, string what, string parameter)
    {
        var slot = FirstNaN(row);
        if (slot >= 0)
        {
            throw new ArgumentException($"{what} has a missing value (NaN) in feature slot {slot}; explanations need every value.", parameter);
        }
    }

    private static int FirstNaN(ReadOnlySpan<float> row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (float.IsNaN(row[i]))
            {
                return i;
            }
        }
        return -1;
    }
}

namespace Solutions.Shared.Modeling.Explaining;

/// <summary>
/// The path of distinct split features from a tree's root to the current node, as TreeSHAP (Lundberg, Erion
/// and Lee 2018, Algorithm 2) keeps it: for each feature, the fraction of coalitions without it that flow
/// down this path (<see cref="PathElement.Zero"/>, the cover ratio) and whether the explained row does
/// (<see cref="PathElement.One"/>), and in <see cref="PathElement.Weight"/> the share of subsets of each size.
/// </summary>
internal static class ShapPath
{
    /// <summary>The deepest path the reciprocal table below supports; far beyond any boosted tree.</summary>
    public const int MaxDepth = 4_000;

    // The updates divide by small whole numbers at every step; multiplying by a stored 1/k is several times
    // faster, and explanations spend most of their time here.
    private static readonly double[] Reciprocal = [.. Enumerable.Range(0, MaxDepth + 2).Select(k => k == 0 ? 0.0 : 1.0 / k)];

    /// <summary>
    /// Adds a feature to the path <paramref name="path"/>[0..<paramref name="depth"/>), growing it to
    /// <paramref name="depth"/> + 1 elements and updating the subset-size weights (EXTEND in the paper).
    /// </summary>
    public static void Extend(Span<PathElement> path, int depth, double zero, double one, int feature)
    {
        path[depth] = new PathElement(feature, zero, one, depth == 0 ? 1.0 : 0.0);
        var inverse = Reciprocal[depth + 1];
        for (var i = depth - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) * inverse;
            path[i].Weight = zero * path[i].Weight * (depth - i) * inverse;
        }
    }

    /// <summary>
    /// Removes element <paramref name="index"/> from a path of <paramref name="depth"/> + 1 elements, undoing
    /// its <see cref="Extend"/> (UNWIND in the paper); a feature met again lower in the tree is re-added with
    /// the product of both splits' fractions.
    /// </summary>
    /// <remarks>An element's <see cref="PathElement.One"/> is 0 or 1: the row either follows a split or not.</remarks>
    public static void Unwind(Span<PathElement> path, int depth, int index)
    {
        var (zero, one) = (path[index].Zero, path[index].One);
        var nextOne = path[depth].Weight;
        var scale = depth + 1;
        var inverse = Reciprocal[depth + 1];
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var kept = path[i].Weight;
                path[i].Weight = nextOne * scale * Reciprocal[i + 1];
                nextOne = kept - path[i].Weight * zero * (depth - i) * inverse;
            }
            else
            {
                path[i].Weight = path[i].Weight * scale * Reciprocal[depth - i] / zero;
            }
        }
        for (var i = index; i < depth; i++)
        {
            path[i] = path[i + 1] with { Weight = path[i].Weight };
        }
    }

    /// <summary>
    /// The total weight the path would have without element <paramref name="index"/>, without changing the
    /// path: the Shapley weight of that feature's contribution at a leaf (the sum of UNWIND's weights).
    /// </summary>
    public static double UnwoundSum(ReadOnlySpan<PathElement> path, int depth, int index)
    {
        var (zero, one) = (path[index].Zero, path[index].One);
        var scale = depth + 1;
        var total = 0.0;
        if (one != 0)
        {
            var inverse = Reciprocal[depth + 1];
            var nextOne = path[depth].Weight;
            for (var i = depth - 1; i >= 0; i--)
            {
                var weight = nextOne * scale * Reciprocal[i + 1];
                total += weight;
                nextOne = path[i].Weight - weight * zero * (depth - i) * inverse;
            }
        }
        else
        {
            // Subtrees that neither the row nor any background row reaches are skipped, so zero is not 0 here.
            for (var i = depth - 1; i >= 0; i--)
            {
                total += path[i].Weight * Reciprocal[depth - i];
            }
            total *= scale / zero;
        }
        return total;
    }
}

/// <summary>One distinct split feature on the path from the root.</summary>
/// <param name="Feature">The feature slot, or -1 for the entry that starts every path (Algorithm 2's empty feature).</param>
/// <param name="Zero">Fraction of background cover that follows the path through this feature's splits.</param>
/// <param name="One">1 when the explained row follows the path through all of this feature's splits, else 0.</param>
/// <param name="Weight">The proportion of feature subsets of this element's size (EXTEND's pweight).</param>
internal record struct PathElement(int Feature, double Zero, double One, double Weight);

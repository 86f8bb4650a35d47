using Solutions.Shared.Modeling.Explaining;

namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>TreeSHAP on trees small enough to work out on paper.</summary>
public sealed class TreeShapHandWorkedTests
{
    /// <summary>
    /// node 0: x0 &lt;= 0.5 ? leaf 0 (value 1) : node 1;  node 1: x1 &lt;= 0.5 ? leaf 1 (value 3) : leaf 2 (value 5).
    /// </summary>
    private static readonly PaperTree TwoSplits = new([0, 1], [0.5f, 0.5f], [-1, -2], [1, -3], [1, 3, 5]);

    /// <summary>Ten rows: six reach leaf 0, one leaf 1, three leaf 2; covers 10 / 6, 4 / 1, 3.</summary>
    private static readonly float[][] TenRows =
    [
        .. Enumerable.Repeat(new float[] { 0, 0 }, 6), [1, 0], .. Enumerable.Repeat(new float[] { 1, 1 }, 3),
    ];

    private static TreeShapExplainer Explainer(PaperTree tree, float[][] background, int features = 2) =>
        TreeShapExplainer.FromTrees([tree.ToShapTree(background, features)], bias: 0, features);

    [Fact]
    public void A_row_on_the_deep_branch_credits_both_splits()
    {
        // x = (1, 0) ends in leaf 1: f(x) = 3.
        // v({})     = 0.6·1 + 0.4·(0.25·3 + 0.75·5) = 0.6 + 0.4·4.5 = 2.4   (the expected value)
        // v({x0})   = 0.25·3 + 0.75·5 = 4.5
        // v({x1})   = 0.6·1 + 0.4·3 = 1.8
        // v({x0,x1}) = 3
        // φ0 = ½(4.5 − 2.4) + ½(3 − 1.8) = 1.05 + 0.6 = 1.65
        // φ1 = ½(1.8 − 2.4) + ½(3 − 4.5) = −0.3 − 0.75 = −1.05;  2.4 + 1.65 − 1.05 = 3.
        var explainer = Explainer(TwoSplits, TenRows);

        var phi = explainer.Explain([1, 0]);

        Assert.Equal(2.4, explainer.ExpectedValue, 12);
        Assert.Equal(1.65, phi[0], 12);
        Assert.Equal(-1.05, phi[1], 12);
    }

    [Fact]
    public void A_feature_off_the_row_path_still_gets_credit_for_the_mean_it_changes()
    {
        // x = (0, 1) ends in leaf 0 (f = 1) without testing x1, but knowing x1 = 1 moves the mean over x0:
        // v({x0}) = 1, v({x1}) = 0.6·1 + 0.4·5 = 2.6, v({}) = 2.4, v({x0,x1}) = 1.
        // φ0 = ½(1 − 2.4) + ½(1 − 2.6) = −1.5;  φ1 = ½(2.6 − 2.4) + ½(1 − 1) = 0.1;  2.4 − 1.5 + 0.1 = 1.
        var phi = Explainer(TwoSplits, TenRows).Explain([0, 1]);

        Assert.Equal(-1.5, phi[0], 12);
        Assert.Equal(0.1, phi[1], 12);
    }

    [Fact]
    public void Features_the_function_treats_alike_get_equal_shares_whatever_the_split_order()
    {
        // x0 AND x1 as a tree that tests x0 first; one background row of each of 00, 01, 10, 11.
        // For x = (1, 1): v({}) = 0.25, v({x0}) = 0.5, v({x1}) = 0.5·0 + 0.5·1 = 0.5, v({x0,x1}) = 1,
        // so φ0 = φ1 = ½(0.5 − 0.25) + ½(1 − 0.5) = 0.375.
        var and = new PaperTree([0, 1], [0.5f, 0.5f], [-1, -2], [1, -3], [0, 0, 1]);
        float[][] everyPair = [[0, 0], [0, 1], [1, 0], [1, 1]];

        var phi = Explainer(and, everyPair).Explain([1, 1]);

        Assert.Equal(0.375, phi[0], 12);
        Assert.Equal(0.375, phi[1], 12);
    }

    [Fact]
    public void A_feature_split_on_twice_along_a_path_matches_the_definition()
    {
        // node 0: x0 <= 0.5 ? node 1 : leaf 2;  node 1: x1 <= 0.5 ? node 2 : leaf 3;  node 2: x0 <= 0.2 ? leaf 0 : leaf 1.
        // x0 enters the path twice, which TreeSHAP handles by unwinding and re-extending it.
        var tree = new PaperTree([0, 1, 0], [0.5f, 0.5f, 0.2f], [1, 2, -1], [-3, -4, -2], [-2, 1, 4, 0.5]);
        var random = new Random(5);
        var background = Enumerable.Range(0, 40).Select(_ => new[] { random.NextSingle(), random.NextSingle(), random.NextSingle() }).ToArray();
        var explainer = Explainer(tree, background, features: 3);

        foreach (var row in background.Take(10).Append([0.1f, 0.3f, 0.9f]).Append([0.3f, 0.3f, 0.1f]))
        {
            Assert.Equal(ExactShapley.Of([tree], row, background), explainer.Explain(row), new ToleranceComparer(1e-12));
            Assert.Equal(0.0, explainer.Explain(row)[2]);
        }
    }

    [Fact]
    public void A_branch_no_background_row_reaches_adds_nothing_for_rows_elsewhere_and_stays_finite()
    {
        // Every background row has x0 <= 0.5, so leaf 2 (value 100) has no cover: for a row that goes left,
        // knowing x0 or not makes no difference to the average and φ0 is 0; the row that goes right gets the
        // jump to 100 credited to x0.
        var tree = new PaperTree([0, 1], [0.5f, 0.5f], [1, -1], [-3, -2], [2, 4, 100]);
        float[][] background = [[0, 0], [0, 1], [0.2f, 0.2f], [0.4f, 0.9f]];
        var explainer = Explainer(tree, background);

        Assert.Equal(3.0, explainer.ExpectedValue, 12);
        Assert.Equal([0.0, -1.0], explainer.Explain([0.1f, 0.1f]), new ToleranceComparer(1e-12));
        Assert.Equal(ExactShapley.Of([tree], [0.9f, 0.1f], background), explainer.Explain([0.9f, 0.1f]), new ToleranceComparer(1e-12));
        Assert.Equal(100.0 - 3.0, explainer.Explain([0.9f, 0.1f]).Sum(), 12);
    }
}

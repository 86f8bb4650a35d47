using Solutions.LungSurvival.Training.Model;

namespace Solutions.LungSurvival.Tests.Training.Model;

public sealed class PrincipalComponentsTests
{
    [Fact]
    public void Points_on_a_line_need_one_component()
    {
        var pca = PrincipalComponents.Fit([[-2, -2], [0, 0], [2, 2]]);

        Assert.Equal(1, pca.Count);
        Assert.Equal(1, pca.ExplainedVarianceRatio[0], 12);
        // (2, 2) lies 2√2 along the diagonal; the SVD may point either way.
        Assert.Equal(2 * Math.Sqrt(2), Math.Abs(pca.Transform([2, 2])[0]), 12);
    }

    [Theory]
    // Variance 18 along x and 2 along y: shares 0.9 and 0.1.
    [InlineData(0.95, 2)]
    [InlineData(0.90, 1)]
    [InlineData(0.50, 1)]
    public void Keeps_the_fewest_components_reaching_the_target_share(double target, int expected)
    {
        var pca = PrincipalComponents.Fit([[-3, 0], [3, 0], [0, -1], [0, 1]], target);

        Assert.Equal(expected, pca.Count);
        Assert.Equal(0.9, pca.ExplainedVarianceRatio[0], 12);
        Assert.True(pca.KeptVariance >= target - 1e-12);
    }

    [Fact]
    public void Keeps_at_least_95_percent_of_a_random_table_s_variance()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 30).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var scaled = rows.Select(Standardiser.Fit(rows).Transform).ToArray();

        var pca = PrincipalComponents.Fit(scaled);

        Assert.True(pca.KeptVariance >= 0.95);
        // One fewer component would fall short, or the count would not be the fewest.
        Assert.True(pca.ExplainedVarianceRatio.Take(pca.Count - 1).Sum() < 0.95);
        Assert.Equal(1, pca.ExplainedVarianceRatio.Sum(), 9);
    }
}

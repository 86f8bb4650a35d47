namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>
/// Shapley values by their definition: every coalition S of the other features, weighted |S|!(M-|S|-1)!/M!,
/// with v(S) the trees' <see cref="PaperTree.ConditionalMean"/> summed. Exponential in M; for a handful of features.
/// </summary>
internal static class ExactShapley
{
    public static double[] Of(IReadOnlyList<PaperTree> trees, float[] row, IReadOnlyList<float[]> background)
    {
        var m = row.Length;
        double Value(int coalition) => trees.Sum(t => t.ConditionalMean(row, f => (coalition & (1 << f)) != 0, background));

        var values = Enumerable.Range(0, 1 << m).Select(Value).ToArray();
        var phi = new double[m];
        for (var feature = 0; feature < m; feature++)
        {
            for (var coalition = 0; coalition < 1 << m; coalition++)
            {
                if ((coalition & (1 << feature)) != 0)
                {
                    continue;
                }
                var size = System.Numerics.BitOperations.PopCount((uint)coalition);
                var weight = Factorial(size) * Factorial(m - size - 1) / Factorial(m);
                phi[feature] += weight * (values[coalition | (1 << feature)] - values[coalition]);
            }
        }
        return phi;
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}

using Microsoft.ML.Data;

namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>A row of generated numbers already in a model's Features vector, with a label drawn from them.</summary>
public sealed class GeneratedRow
{
    public const int Width = 6;

    /// <summary>The slot that holds the same value in every row, so no tree can split on it.</summary>
    public const int ConstantSlot = 5;

    [VectorType(Width)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>
    /// Slots 0–4 uniform on [0, 1) (slot 4 on a coarse grid, to make ties at thresholds), slot 5 always 1; the
    /// churn odds grow with slot 0, shrink with slot 1, and jump when slots 2 and 3 are both high.
    /// </summary>
    public static GeneratedRow[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            float[] x = [random.NextSingle(), random.NextSingle(), random.NextSingle(), random.NextSingle(), random.Next(5) / 4f, 1f];
            var logit = 3 * x[0] - 2 * x[1] + (x[2] > 0.5f && x[3] > 0.5f ? 2 : 0) + 0.5 * x[4] - 1.5;
            return new GeneratedRow { Features = x, Label = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) };
        })];
    }
}

namespace Solutions.LungSurvival.Training.Model;

/// <summary>
/// Centres and scales each feature with the training rows' mean and standard deviation. A missing value (NaN)
/// becomes 0 after scaling, i.e. it is imputed with the training mean. A column constant in training (a category no
/// training patient had) is scaled to 0, so a value seen only at prediction time cannot move the score.
/// </summary>
/// <param name="Means">Per feature, the mean of the training values that are not missing.</param>
/// <param name="Scales">Per feature, 1 / standard deviation, or 0 for a constant column.</param>
public sealed record Standardiser(IReadOnlyList<double> Means, IReadOnlyList<double> Scales)
{
    public static Standardiser Fit(IReadOnlyList<double[]> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var width = rows[0].Length;
        var means = new double[width];
        var scales = new double[width];
        for (var c = 0; c < width; c++)
        {
            var present = rows.Select(r => r[c]).Where(v => !double.IsNaN(v)).ToArray();
            if (present.Length == 0)
            {
                continue;
            }
            var mean = present.Average();
            var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / present.Length);
            means[c] = mean;
            scales[c] = sd > 1e-12 * Math.Max(1, Math.Abs(mean)) ? 1 / sd : 0;
        }
        return new Standardiser(means, scales);
    }

    public double[] Transform(double[] row)
    {
        if (row.Length != Means.Count)
        {
            throw new ArgumentException($"The row has {row.Length} features; the standardiser was fitted on {Means.Count}.", nameof(row));
        }
        var scaled = new double[row.Length];
        for (var c = 0; c < row.Length; c++)
        {
            scaled[c] = double.IsNaN(row[c]) ? 0 : (row[c] - Means[c]) * Scales[c];
        }
        return scaled;
    }
}

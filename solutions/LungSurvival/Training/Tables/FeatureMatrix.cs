namespace Solutions.LungSurvival.Training.Tables;

/// <summary>Encoded features, one row per patient; NaN marks a missing number, imputed when the model is fitted.</summary>
public sealed record FeatureMatrix(IReadOnlyList<double[]> Rows, IReadOnlyList<string> Names, IReadOnlyList<FeatureModality> Modalities)
{
    public int Count => Rows.Count;

    /// <summary>The columns of the given modalities only, in their original order.</summary>
    public FeatureMatrix Select(IReadOnlyCollection<FeatureModality> modalities)
    {
        var keep = Enumerable.Range(0, Names.Count).Where(c => modalities.Contains(Modalities[c])).ToArray();
        return new FeatureMatrix(
            [.. Rows.Select(row => keep.Select(c => row[c]).ToArray())],
            [.. keep.Select(c => Names[c])],
            [.. keep.Select(c => Modalities[c])]);
    }

    /// <summary>The given rows, in the given order.</summary>
    public double[][] RowsAt(IReadOnlyList<int> indices) => [.. indices.Select(i => Rows[i])];
}

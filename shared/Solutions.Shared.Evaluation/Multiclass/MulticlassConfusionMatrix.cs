namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Row counts by actual class (rows) and predicted class (columns), both in <see cref="Classes"/> order.</summary>
/// <param name="Classes">Class labels, naming both the rows and the columns.</param>
/// <param name="Counts"><c>Counts[a][p]</c> is the number of rows of actual class <c>Classes[a]</c> predicted as <c>Classes[p]</c>.</param>
public sealed record MulticlassConfusionMatrix(IReadOnlyList<string> Classes, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>Rows of actual class <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    /// <exception cref="ArgumentException">Either label is not one of <see cref="Classes"/>.</exception>
    public int Count(string actual, string predicted) => Counts[IndexOf(actual, nameof(actual))][IndexOf(predicted, nameof(predicted))];

    private int IndexOf(string label, string parameterName)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (Classes[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not a class of this matrix; expected one of: {string.Join(", ", Classes)}.", parameterName);
    }
}

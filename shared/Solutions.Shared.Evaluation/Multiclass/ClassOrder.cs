namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Resolves and checks the order of the classes, and maps each label to its position in it.</summary>
internal sealed class ClassOrder
{
    private readonly Dictionary<string, int> _indexByLabel;

    private ClassOrder(IReadOnlyList<string> labels)
    {
        Labels = labels;
        _indexByLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null)
            {
                throw new ArgumentException($"classOrder[{i}] is null; expected a class label.", "classOrder");
            }

            if (!_indexByLabel.TryAdd(labels[i], i))
            {
                throw new ArgumentException(
                    $"classOrder[{i}] repeats '{labels[i]}' (first at classOrder[{_indexByLabel[labels[i]]}]); expected each class once.",
                    "classOrder");
            }
        }
    }

    public IReadOnlyList<string> Labels { get; }

    public int Count => Labels.Count;

    /// <summary>The given order, or else every label seen, sorted by ordinal comparison as Python sorts strings.</summary>
    public static ClassOrder Resolve(IReadOnlyList<string>? given, params IReadOnlyList<string>[] seen)
    {
        if (given is not null)
        {
            if (given.Count == 0)
            {
                throw new ArgumentException("classOrder is empty; expected the class labels, or null to use the sorted labels seen.", "classOrder");
            }

            return new ClassOrder(given.ToArray());
        }

        var labels = seen.SelectMany(list => list).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ClassOrder(labels);
    }

    /// <exception cref="ArgumentException">A label is null.</exception>
    public static void RequireLabels(IReadOnlyList<string> labels, string name)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null; expected a class label.", name);
            }
        }
    }

    /// <summary>Position of every label in the class order.</summary>
    /// <exception cref="ArgumentException">A label is null or not one of the classes.</exception>
    public int[] IndicesOf(IReadOnlyList<string> labels, string name)
    {
        RequireLabels(labels, name);
        var indices = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!_indexByLabel.TryGetValue(labels[i], out indices[i]))
            {
                throw new ArgumentException(
                    $"{name}[{i}] is '{labels[i]}', which is not in classOrder; expected one of: {string.Join(", ", Labels)}.",
                    name);
            }
        }

        return indices;
    }
}

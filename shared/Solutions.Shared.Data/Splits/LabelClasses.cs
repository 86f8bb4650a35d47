namespace Solutions.Shared.Data.Splits;

/// <summary>Row indices grouped by label, classes in order of first appearance (so a seed fixes the result).</summary>
internal static class LabelClasses
{
    public static List<List<int>> Group<TLabel>(IReadOnlyList<TLabel> labels, IEqualityComparer<TLabel>? comparer)
        where TLabel : notnull
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0)
        {
            throw new ArgumentException("There are no labels to split; the data set is empty.", nameof(labels));
        }
        var classes = new List<List<int>>();
        var classOf = new Dictionary<TLabel, List<int>>(comparer ?? EqualityComparer<TLabel>.Default);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i] ?? throw new ArgumentException(
                $"Label {i} is null; every row needs a label to stratify by.", nameof(labels));
            if (!classOf.TryGetValue(label, out var members))
            {
                members = [];
                classOf.Add(label, members);
                classes.Add(members);
            }
            members.Add(i);
        }
        return classes;
    }
}

namespace Solutions.Shared.Data.Tabular;

/// <summary>An ordered list of columns: what a file, a request body or a model's input must hold.</summary>
public sealed record TabularSchema(IReadOnlyList<ColumnSpec> Columns)
{
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    public bool Equals(TabularSchema? other) =>
        other is not null && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() =>
        Columns.Aggregate(17, (hash, column) => HashCode.Combine(hash, column));

    public override string ToString() =>
        string.Join(", ", Columns.Select(c => $"{c.Name}:{c.Kind}{(c.Required ? "" : "?")}"));
}

namespace Solutions.Shared.Data.Tabular;

/// <summary>An ordered list of columns: what a file, a request body or a model's input must hold.</summary>
public sealed record TabularSchema(IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>
    /// The schema of a row class from its <see cref="CsvColumnAttribute"/> properties, in declaration order;
    /// nullable properties give optional columns.
    /// </summary>
    /// <exception cref="InvalidOperationException">A mapped property has an unsupported type, no public
    /// setter, or a column name used twice.</exception>
    public static TabularSchema For<T>() => RowBinding<T>.Schema;

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

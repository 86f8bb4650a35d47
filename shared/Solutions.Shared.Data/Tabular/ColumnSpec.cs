namespace Solutions.Shared.Data.Tabular;

/// <summary>One column of a tabular schema: its header name, type and whether a file must have it.</summary>
/// <param name="Name">The header text, matched case-insensitively after trimming.</param>
/// <param name="Kind">What each value must parse to.</param>
/// <param name="Required">When false, a file without this column still loads (the column is then absent).</param>
public sealed record ColumnSpec(string Name, ColumnKind Kind, bool Required = true);

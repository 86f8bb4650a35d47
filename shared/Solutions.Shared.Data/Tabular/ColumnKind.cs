namespace Solutions.Shared.Data.Tabular;

/// <summary>The type a column's text must parse to.</summary>
public enum ColumnKind
{
    /// <summary>A real number (invariant culture, '.' as decimal separator).</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true/false; the accepted spellings are set per column.</summary>
    Boolean,

    /// <summary>Free text or a category label.</summary>
    Text,

    /// <summary>A timestamp in an ISO-like format.</summary>
    DateTime,
}

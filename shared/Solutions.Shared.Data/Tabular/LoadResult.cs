namespace Solutions.Shared.Data.Tabular;

/// <summary>The typed rows of a CSV file and an account of everything that did not load.</summary>
/// <param name="Source">The file name, or the source name given for a reader.</param>
/// <param name="Rows">The rows that parsed, in file order.</param>
/// <param name="RowsRead">Data records read (the header excluded), accepted or not.</param>
/// <param name="RowsRejected">Records rejected for a bad value or a wrong field count.</param>
/// <param name="Errors">The first problem of each rejected record, up to <see cref="CsvLoadOptions.MaxErrors"/>.</param>
/// <param name="IgnoredColumns">Header columns that no property maps, as spelled in the file.</param>
public sealed record LoadResult<T>(
    string Source,
    IReadOnlyList<T> Rows,
    long RowsRead,
    long RowsRejected,
    IReadOnlyList<DataError> Errors,
    IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>True when some rejected rows have no entry in <see cref="Errors"/>.</summary>
    public bool ErrorsTruncated => RowsRejected > Errors.Count;
}

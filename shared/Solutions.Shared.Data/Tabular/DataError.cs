namespace Solutions.Shared.Data.Tabular;

/// <summary>One bad value (or malformed record) in a data file, located so a person can find and fix it.</summary>
/// <param name="File">The file name, or "request body".</param>
/// <param name="Line">The 1-based physical line on which the record starts.</param>
/// <param name="Column">The 1-based field index within the record.</param>
/// <param name="ColumnName">The header of that field, or null when the record has more fields than the header.</param>
/// <param name="Value">The offending text as read.</param>
/// <param name="Expected">What the column accepts, e.g. "number" or "20 fields".</param>
/// <param name="Message">The whole story in one line, e.g. <c>churn.csv, line 17, column 7 'Day Mins': 'abc' is not a number</c>.</param>
public sealed record DataError(
    string File,
    long Line,
    int Column,
    string? ColumnName,
    string Value,
    string Expected,
    string Message)
{
    public override string ToString() => Message;
}

namespace Solutions.Shared.Data.Tabular;

/// <summary>How <see cref="CsvLoader"/> treats bad rows and reads booleans and dates.</summary>
public sealed record CsvLoadOptions
{
    public static CsvLoadOptions Default { get; } = new();

    /// <summary>Throw a <see cref="TabularDataException"/> on the first bad row instead of rejecting it.</summary>
    /// <value>The default value is false: bad rows are rejected, counted and reported.</value>
    public bool Strict { get; init; }

    /// <summary>How many <see cref="DataError"/>s to keep; rejected rows beyond this are still counted.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxErrors { get; init; } = 1_000;

    /// <summary>Spellings read as true, matched case-insensitively after trimming.</summary>
    /// <value>The default is true, yes, y, t, 1 and "True." (the churn label's spelling).</value>
    public IReadOnlyList<string> TrueTokens { get; init; } = ["true", "yes", "y", "t", "1", "True."];

    /// <summary>Spellings read as false, matched case-insensitively after trimming.</summary>
    /// <value>The default is false, no, n, f, 0 and "False.".</value>
    public IReadOnlyList<string> FalseTokens { get; init; } = ["false", "no", "n", "f", "0", "False."];

    /// <summary>Exact formats (invariant culture) accepted for <see cref="DateTime"/> columns.</summary>
    /// <value>The default accepts ISO dates with an optional time after a space or 'T', optional
    /// fractional seconds and an optional zone after a 'T' time ('Z' reads as UTC, an offset as local time).</value>
    public IReadOnlyList<string> DateTimeFormats { get; init; } =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];
}

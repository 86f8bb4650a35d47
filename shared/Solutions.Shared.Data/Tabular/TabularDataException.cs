namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Data that cannot be loaded: a missing column, a duplicate or empty header, an unterminated quote, or
/// (in strict mode) the first bad value. The message names the file and what was found.
/// </summary>
public sealed class TabularDataException : Exception
{
    public TabularDataException(string fileName, string message, Exception? inner = null)
        : base(message, inner)
    {
        FileName = fileName;
    }

    public TabularDataException(DataError error, Exception? inner = null)
        : this(error.File, error.Message, inner)
    {
        Error = error;
    }

    public string FileName { get; }

    /// <summary>The bad value, when the problem is one value or record rather than the header.</summary>
    public DataError? Error { get; }
}

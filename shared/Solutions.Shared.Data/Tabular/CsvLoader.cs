using System.Text;

namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Loads CSV with a header line into rows of a class whose properties carry <see cref="CsvColumnAttribute"/>.
/// Bad rows are rejected, counted and reported with file, line, column and value (or, in strict mode, thrown);
/// no row is dropped silently.
/// </summary>
public static class CsvLoader
{
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="TabularDataException">The header does not fit the row type, the file is empty, a quote is
    /// never closed, or (with <see cref="CsvLoadOptions.Strict"/>) a row is bad.</exception>
    public static LoadResult<T> Load<T>(string path, CsvLoadOptions? options = null)
        where T : class, new()
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
            new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
        return Load<T>(reader, Path.GetFileName(path), options);
    }

    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="sourceName">What error messages call the input, e.g. a file name or "request body".</param>
    /// <param name="options">Strictness and value spellings; <see cref="CsvLoadOptions.Default"/> when null.</param>
    public static LoadResult<T> Load<T>(TextReader reader, string sourceName, CsvLoadOptions? options = null)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= CsvLoadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxErrors);

        var columns = RowBinding<T>.Columns;
        var tokenizer = new CsvTokenizer(reader, sourceName);
        var header = CsvHeader.Read(tokenizer, sourceName, [.. columns.Select(c => c.Spec)]);
        return new RowReader<T>(tokenizer, sourceName, header, columns, options).ReadAll();
    }
}

using System.Globalization;
using System.Text;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Data;

/// <summary>
/// Reads and writes transactions in the public solution's CSV schema: <c>transaction_category</c> (labelled files
/// only), <c>receiver_id</c> and <c>sender_id</c> (16 digits), <c>amount</c> (two decimals) and <c>timestamp</c>
/// (<c>YYYY-MM-DD HH:MM:SS</c>). Columns are matched by header name, in any order; extra columns are ignored and
/// listed. A row that breaks the schema is rejected, counted and reported with file, line, column, value and
/// what was expected, or, with <see cref="TransactionLoadOptions.Strict"/>, fails the load. None is dropped silently.
/// </summary>
public static class TransactionCsv
{
    private static readonly UTF8Encoding Utf8NoMark = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Loads payments with their categories, e.g. training data.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="TabularDataException">The file is empty, its header lacks a column, or (strict) a row is bad.</exception>
    public static LoadResult<LabelledTransaction> LoadLabelled(string path, TransactionLoadOptions? options = null) =>
        LoadFile<LabelledTransaction>(path, options);

    /// <summary>Loads payments to classify; a category column, if present, is ignored.</summary>
    /// <inheritdoc cref="LoadLabelled(string, TransactionLoadOptions?)"/>
    public static LoadResult<Transaction> Load(string path, TransactionLoadOptions? options = null) =>
        LoadFile<Transaction>(path, options);

    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="sourceName">What error messages call the input, e.g. a file name or "request body".</param>
    /// <param name="options">Strictness; <see cref="TransactionLoadOptions.Default"/> when null.</param>
    public static LoadResult<LabelledTransaction> LoadLabelled(TextReader reader, string sourceName,
        TransactionLoadOptions? options = null) =>
        Read<LabelledTransaction>(reader, sourceName, options);

    /// <inheritdoc cref="LoadLabelled(TextReader, string, TransactionLoadOptions?)"/>
    public static LoadResult<Transaction> Load(TextReader reader, string sourceName, TransactionLoadOptions? options = null) =>
        Read<Transaction>(reader, sourceName, options);

    /// <summary>Writes labelled payments atomically: readers see the old file or the complete new one.</summary>
    /// <exception cref="ArgumentException">A row's amount has more than two decimals or its timestamp has a
    /// fraction of a second: the schema cannot hold it, and rounding it silently would change the data.</exception>
    public static void Write(string path, IEnumerable<LabelledTransaction> rows) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoMark, bufferSize: 1 << 16, leaveOpen: true);
            Write(writer, rows);
        });

    /// <inheritdoc cref="Write(string, IEnumerable{LabelledTransaction})"/>
    public static void Write(TextWriter writer, IEnumerable<LabelledTransaction> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(string.Join(',', TransactionSchema.LabelledColumns));
        writer.Write('\n');
        var index = 0;
        foreach (var row in rows)
        {
            if (row is null)
            {
                throw new ArgumentException($"Row {index} is null.", nameof(rows));
            }
            if (decimal.Round(row.Amount, 2) != row.Amount)
            {
                throw new ArgumentException($"Row {index}: amount {row.Amount} has more than 2 decimals.", nameof(rows));
            }
            if (row.Timestamp.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentException(
                    $"Row {index}: timestamp {row.Timestamp:O} has a fraction of a second.", nameof(rows));
            }
            writer.Write(Escape(row.Category));
            writer.Write(',');
            writer.Write(Escape(row.ReceiverId));
            writer.Write(',');
            writer.Write(Escape(row.SenderId));
            writer.Write(',');
            writer.Write(row.Amount.ToString(TransactionSchema.AmountFormat, Invariant));
            writer.Write(',');
            writer.Write(row.Timestamp.ToString(TransactionSchema.TimestampFormat, Invariant));
            writer.Write('\n');
            index++;
        }
        writer.Flush();
    }

    private static LoadResult<T> LoadFile<T>(string path, TransactionLoadOptions? options) where T : Transaction, new()
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
            new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
        return Read<T>(reader, Path.GetFileName(path), options);
    }

    private static LoadResult<T> Read<T>(TextReader reader, string sourceName, TransactionLoadOptions? options)
        where T : Transaction, new()
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= TransactionLoadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxErrors);
        return new TransactionFileReader<T>(new CsvTokenizer(reader, sourceName), sourceName, options).ReadAll();
    }

    // Ids and categories hold no commas or quotes when valid; anything else is quoted so the file stays parseable.
    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}

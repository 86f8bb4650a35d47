using System.Text;
using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Writes rows of a <see cref="CsvColumnAttribute"/> class as CSV that <see cref="CsvLoader"/> reads back to
/// the same values: a header line, invariant culture, round-trip numbers, fields quoted only when needed,
/// '\n' line endings, empty fields for nulls.
/// </summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8NoMark = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Writes atomically: readers see the old file or the complete new one, never part of it.</summary>
    public static void Write<T>(string path, IEnumerable<T> rows) where T : class =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoMark, bufferSize: 1 << 16, leaveOpen: true);
            Write(writer, rows);
        });

    public static void Write<T>(TextWriter writer, IEnumerable<T> rows) where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = RowBinding<T>.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            WriteField(writer, columns[c].Spec.Name, first: c == 0);
        }
        writer.Write('\n');
        var index = 0;
        foreach (var row in rows)
        {
            if (row is null)
            {
                throw new ArgumentException($"Row {index} is null.", nameof(rows));
            }
            for (var c = 0; c < columns.Count; c++)
            {
                WriteField(writer, columns[c].Format(row), first: c == 0);
            }
            writer.Write('\n');
            index++;
        }
        writer.Flush();
    }

    private static void WriteField(TextWriter writer, string field, bool first)
    {
        if (!first)
        {
            writer.Write(',');
        }
        writer.Write(Escape(field));
    }

    // Padding is quoted too, so readers that trim unquoted fields keep it.
    private static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? $"\"{field.Replace("\"", "\"\"")}\""
            : field;
}

using System.Text;

namespace Solutions.Shared.Data.Tabular;

/// <summary>A malformed CSV record (for example an unterminated quote), with where it was found.</summary>
public sealed class CsvSyntaxException(string source, long line, int column, string problem)
    : FormatException($"{source}, line {line}, column {column}: {problem}")
{
    public string FileName { get; } = source;
    public long Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}

/// <summary>
/// Splits RFC 4180 CSV into records: comma separated, fields optionally double-quoted, a doubled quote
/// inside quotes is a literal quote, quoted fields may span lines. Line numbers are 1-based physical lines
/// of the record's start, so errors point where an editor shows the row.
/// </summary>
public sealed class CsvTokenizer
{
    private readonly TextReader _reader;
    private readonly string _source;
    private long _nextLine = 1;

    /// <param name="reader">The text to split.</param>
    /// <param name="source">The file name (or "request body") used in error messages.</param>
    public CsvTokenizer(TextReader reader, string source)
    {
        _reader = reader;
        _source = source;
    }

    /// <summary>The physical line on which the last record returned by <see cref="TryRead"/> started.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the next record; false at end of input. Blank lines are skipped.</summary>
    public bool TryRead(out string[] fields)
    {
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null)
            {
                fields = [];
                return false;
            }
            RecordLine = _nextLine++;
            if (line.Length == 0)
            {
                continue;
            }
            fields = Split(line);
            return true;
        }
    }

    /// <summary>Splits one record held in a string (no embedded newlines needed).</summary>
    public static string[] SplitLine(string line, string source = "input", long lineNumber = 1)
    {
        var tokenizer = new CsvTokenizer(new StringReader(line), source) { _nextLine = lineNumber };
        return tokenizer.TryRead(out var fields) ? fields : [];
    }

    private string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = 0;
        while (true)
        {
            field.Clear();
            if (position < line.Length && line[position] == '"')
            {
                var quoteColumn = position + 1;
                position++;
                while (true)
                {
                    if (position >= line.Length)
                    {
                        // A quoted field continues on the next physical line.
                        var next = _reader.ReadLine() ?? throw new CsvSyntaxException(
                            _source, RecordLine, quoteColumn, "unterminated quoted field");
                        _nextLine++;
                        field.Append('\n');
                        line = next;
                        position = 0;
                        continue;
                    }
                    var c = line[position];
                    if (c == '"')
                    {
                        if (position + 1 < line.Length && line[position + 1] == '"')
                        {
                            field.Append('"');
                            position += 2;
                            continue;
                        }
                        position++;
                        break;
                    }
                    field.Append(c);
                    position++;
                }
                if (position < line.Length && line[position] != ',')
                {
                    throw new CsvSyntaxException(_source, RecordLine, position + 1,
                        $"unexpected character '{line[position]}' after a closing quote (expected ',' or end of line)");
                }
            }
            else
            {
                var comma = line.IndexOf(',', position);
                var end = comma < 0 ? line.Length : comma;
                field.Append(line, position, end - position);
                position = end;
            }
            fields.Add(field.ToString());
            if (position >= line.Length)
            {
                return [.. fields];
            }
            position++; // past the comma
            if (position == line.Length)
            {
                fields.Add(string.Empty);
                return [.. fields];
            }
        }
    }
}

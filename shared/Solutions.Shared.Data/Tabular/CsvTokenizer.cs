using System.Text;

namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Splits RFC 4180 CSV into records: comma separated, fields optionally double-quoted, a doubled quote
/// inside quotes is a literal quote, quoted fields may span lines. Line numbers are 1-based physical lines
/// of the record's start, so errors point where an editor shows the row.
/// </summary>
public sealed class CsvTokenizer
{
    // A stray quote would otherwise swallow the rest of a large file into one field.
    private const int MaxQuotedFieldLength = 16 * 1024 * 1024;

    private readonly TextReader _reader;
    private readonly string _source;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _quoted = new();
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
    /// <exception cref="CsvSyntaxException">The record is malformed; reading may continue with the next one.</exception>
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
        _fields.Clear();
        var position = 0;
        while (true)
        {
            if (position < line.Length && line[position] == '"')
            {
                _fields.Add(ReadQuoted(ref line, ref position));
            }
            else
            {
                var comma = line.IndexOf(',', position);
                var end = comma < 0 ? line.Length : comma;
                _fields.Add(line.Substring(position, end - position));
                position = end;
            }
            if (position >= line.Length)
            {
                return [.. _fields];
            }
            position++; // past the comma
            if (position == line.Length)
            {
                _fields.Add(string.Empty);
                return [.. _fields];
            }
        }
    }

    /// <summary>Reads a quoted field starting at the opening quote; leaves the position after the closing one.</summary>
    private string ReadQuoted(ref string line, ref int position)
    {
        _quoted.Clear();
        var quoteColumn = position + 1;
        position++;
        while (true)
        {
            var closing = line.IndexOf('"', position);
            if (closing < 0)
            {
                _quoted.Append(line, position, line.Length - position);
                // A quoted field continues on the next physical line.
                var next = _reader.ReadLine() ?? throw Error(quoteColumn,
                    "unterminated quoted field (no closing quote before the end of the input)", endOfInput: true);
                _nextLine++;
                if (_quoted.Length > MaxQuotedFieldLength)
                {
                    throw Error(quoteColumn,
                        $"quoted field longer than {MaxQuotedFieldLength:N0} characters; is a closing quote missing?",
                        endOfInput: true);
                }
                _quoted.Append('\n');
                line = next;
                position = 0;
                continue;
            }
            _quoted.Append(line, position, closing - position);
            if (closing + 1 < line.Length && line[closing + 1] == '"')
            {
                _quoted.Append('"');
                position = closing + 2;
                continue;
            }
            position = closing + 1;
            break;
        }
        if (position < line.Length && line[position] != ',')
        {
            throw Error(position + 1,
                $"unexpected character '{line[position]}' after a closing quote (expected ',' or end of line)",
                endOfInput: false);
        }
        return _quoted.ToString();
    }

    private CsvSyntaxException Error(int column, string problem, bool endOfInput) =>
        new(_source, RecordLine, column, problem)
        {
            FieldNumber = _fields.Count + 1,
            ReachedEndOfInput = endOfInput,
        };
}

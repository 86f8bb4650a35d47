using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Data;

/// <summary>
/// Reads the records of a transaction CSV into typed rows, checking each value against the schema and keeping
/// account of every record it rejects (file, line, column, value, what was expected).
/// </summary>
/// <remarks>
/// The shared <see cref="CsvLoader"/> returns rows without the lines they came from, so checks that run after it
/// (16-digit ids, two decimals, the exact timestamp form) could not say where a bad row is. This reader therefore
/// uses the shared tokenizer, error and result types, and checks every value where its line is known.
/// </remarks>
internal sealed class TransactionFileReader<T>(CsvTokenizer tokenizer, string source, TransactionLoadOptions options)
    where T : Transaction, new()
{
    private delegate string? Assign(T row, string text);

    private static readonly bool Labelled = typeof(LabelledTransaction).IsAssignableFrom(typeof(T));

    private readonly List<T> _rows = [];
    private readonly List<DataError> _errors = [];
    private string[] _names = [];
    private long _read;
    private long _rejected;

    public LoadResult<T> ReadAll()
    {
        var columns = Labelled ? TransactionSchema.LabelledColumns : TransactionSchema.Columns;
        var fieldOf = ReadHeader(columns);
        // Checked in the file's field order, so the first problem reported is the leftmost one.
        var checks = columns.Select((name, i) => (Field: fieldOf[i], Rule: RuleOf(name)))
            .OrderBy(c => c.Field).ToArray();
        var ignored = _names.Where((_, i) => !fieldOf.Contains(i)).ToList();

        while (TryReadRecord(out var record))
        {
            _read++;
            if (record.Length != _names.Length)
            {
                Reject(FieldCountError(record));
                continue;
            }
            var row = new T();
            DataError? error = null;
            foreach (var (field, rule) in checks)
            {
                if (rule.Assign(row, record[field]) is { } problem)
                {
                    error = CellError(field, record[field], rule.Expected, problem);
                    break;
                }
            }
            if (error is null)
            {
                _rows.Add(row);
            }
            else
            {
                Reject(error);
            }
        }
        return new LoadResult<T>(source, _rows, _read, _rejected, _errors, ignored);
    }

    /// <summary>Reads the header and returns, for each schema column, its 0-based field index in the file.</summary>
    private int[] ReadHeader(IReadOnlyList<string> columns)
    {
        string[] fields;
        try
        {
            if (!tokenizer.TryRead(out fields))
            {
                throw new TabularDataException(source,
                    $"{source} is empty: expected a header line naming the columns {List(columns)}.");
            }
        }
        catch (CsvSyntaxException e)
        {
            throw new TabularDataException(source, $"{e.Message} (in the header)", e);
        }

        _names = fields.Select(f => f.Trim()).ToArray();
        _names[0] = _names[0].TrimStart('\uFEFF').Trim(); // a byte-order mark left by a reader that kept it
        var position = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _names.Length; i++)
        {
            if (!position.TryAdd(_names[i], i))
            {
                throw new TabularDataException(source,
                    $"{source}, line {tokenizer.RecordLine}: the header names column '{_names[i]}' twice " +
                    $"(fields {position[_names[i]] + 1} and {i + 1}). Header found: {string.Join(", ", _names)}");
            }
        }
        var missing = columns.Where(c => !position.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new TabularDataException(source,
                $"{source}: missing required column{(missing.Count > 1 ? "s" : "")} {List(missing)}. " +
                $"Header found (line {tokenizer.RecordLine}): {string.Join(", ", _names)}");
        }
        return [.. columns.Select(c => position[c])];
    }

    private bool TryReadRecord(out string[] record)
    {
        while (true)
        {
            try
            {
                return tokenizer.TryRead(out record);
            }
            catch (CsvSyntaxException e)
            {
                // An unterminated quote consumes the rest of the input, so the next read ends the file.
                _read++;
                Reject(new DataError(source, e.Line, e.Column, null, "", "well-formed CSV", e.Message));
            }
        }
    }

    private void Reject(DataError error)
    {
        if (options.Strict)
        {
            throw new TabularDataException(error);
        }
        _rejected++;
        if (_errors.Count < options.MaxErrors)
        {
            _errors.Add(error);
        }
    }

    private DataError CellError(int field, string value, string expected, string problem)
    {
        var line = tokenizer.RecordLine;
        return new DataError(source, line, field + 1, _names[field], value, expected,
            $"{source}, line {line}, column {field + 1} '{_names[field]}': {problem}");
    }

    private DataError FieldCountError(string[] record)
    {
        var expected = _names.Length;
        var firstOff = Math.Min(expected, record.Length); // the first missing field, or the first extra one
        var name = firstOff < expected ? _names[firstOff] : null;
        var value = firstOff < record.Length ? record[firstOff] : string.Empty;
        var line = tokenizer.RecordLine;
        return new DataError(source, line, firstOff + 1, name, value, $"{expected} fields",
            $"{source}, line {line}: expected {expected} fields (as in the header) but found {record.Length}");
    }

    // A row with a problem is dropped, so a value is assigned whether or not it parsed.
    private static (Assign Assign, string Expected) RuleOf(string column) => column switch
    {
        TransactionSchema.ReceiverColumn => ((row, text) =>
        {
            var problem = TransactionValues.Id(text, out var id);
            row.ReceiverId = id;
            return problem;
        }, TransactionValues.IdExpected),
        TransactionSchema.SenderColumn => ((row, text) =>
        {
            var problem = TransactionValues.Id(text, out var id);
            row.SenderId = id;
            return problem;
        }, TransactionValues.IdExpected),
        TransactionSchema.AmountColumn => ((row, text) =>
        {
            var problem = TransactionValues.Amount(text, out var amount);
            row.Amount = amount;
            return problem;
        }, TransactionValues.AmountExpected),
        TransactionSchema.TimestampColumn => ((row, text) =>
        {
            var problem = TransactionValues.Timestamp(text, out var timestamp);
            row.Timestamp = timestamp;
            return problem;
        }, TransactionValues.TimestampExpected),
        TransactionSchema.CategoryColumn => ((row, text) =>
        {
            var problem = TransactionValues.Category(text, out var category);
            ((LabelledTransaction)(Transaction)row).Category = category;
            return problem;
        }, TransactionValues.CategoryExpected),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of the transaction schema"),
    };

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}

namespace Solutions.Shared.Data.Tabular;

/// <summary>Turns the records after the header into rows, keeping account of every record it rejects.</summary>
internal sealed class RowReader<T>(
    CsvTokenizer tokenizer,
    string source,
    CsvHeader header,
    IReadOnlyList<ColumnBinding<T>> columns,
    CsvLoadOptions options)
    where T : class, new()
{
    private readonly CellParser _parser = new(options);
    private readonly List<T> _rows = [];
    private readonly List<DataError> _errors = [];
    private long _read;
    private long _rejected;

    public LoadResult<T> ReadAll()
    {
        // Only columns present in the file are read; absent optional ones keep their default (null).
        var present = Enumerable.Range(0, columns.Count).Where(i => header.FieldOfColumn[i] >= 0).ToArray();
        var bindings = present.Select(i => columns[i]).ToArray();
        var fields = present.Select(i => header.FieldOfColumn[i]).ToArray();

        while (TryReadRecord(out var record))
        {
            _read++;
            if (record.Length != header.Names.Length)
            {
                Reject(FieldCountError(record));
                continue;
            }
            var row = new T();
            DataError? error = null;
            for (var c = 0; c < bindings.Length; c++)
            {
                var text = record[fields[c]];
                if (bindings[c].TryAssign(row, text, _parser) is { } problem)
                {
                    error = CellError(fields[c], text, bindings[c].Expected, problem);
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
        return new LoadResult<T>(source, _rows, _read, _rejected, _errors, header.Ignored);
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
                _read++;
                var error = CellError(e.FieldNumber - 1, string.Empty, "well-formed CSV", e.Problem);
                if (e.ReachedEndOfInput)
                {
                    // The rest of the input went into one field, so no later row can be trusted.
                    throw new TabularDataException(error, e);
                }
                Reject(error);
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
        var name = field < header.Names.Length ? header.Names[field] : null;
        var where = $"{source}, line {tokenizer.RecordLine}, column {field + 1}{(name is null ? "" : $" '{name}'")}";
        return new DataError(source, tokenizer.RecordLine, field + 1, name, value, expected, $"{where}: {problem}");
    }

    private DataError FieldCountError(string[] record)
    {
        var expected = header.Names.Length;
        var firstOff = Math.Min(expected, record.Length); // the first missing field, or the first extra one
        var name = firstOff < expected ? header.Names[firstOff] : null;
        var value = firstOff < record.Length ? record[firstOff] : string.Empty;
        return new DataError(source, tokenizer.RecordLine, firstOff + 1, name, value, $"{expected} fields",
            $"{source}, line {tokenizer.RecordLine}: expected {expected} fields (as in the header) but found {record.Length}");
    }
}

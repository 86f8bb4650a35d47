using System.Globalization;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Training.Tables;

/// <summary>A CSV read whole with each record's line, so that every later error can point at the cell.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columnIndex;

    private CsvTable(string path, string[] header, List<(long Line, string[] Fields)> records)
    {
        Path = path;
        Header = header;
        Records = records;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columnIndex.TryAdd(header[i], i))
            {
                throw new SurvivalDataException($"{path} line 1, column {i + 1}: the header names '{header[i]}' twice.");
            }
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<(long Line, string[] Fields)> Records { get; }

    public static CsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SurvivalDataException($"{path}: the file does not exist.");
        }
        using var reader = new StreamReader(path);
        var tokenizer = new CsvTokenizer(reader, path);
        try
        {
            if (!tokenizer.TryRead(out var header))
            {
                throw new SurvivalDataException($"{path}: the file is empty; expected a header row.");
            }
            header = [.. header.Select(h => h.Trim())];
            var records = new List<(long, string[])>();
            while (tokenizer.TryRead(out var fields))
            {
                if (fields.Length != header.Length)
                {
                    throw new SurvivalDataException(
                        $"{path} line {tokenizer.RecordLine}: expected {header.Length} fields as in the header, got {fields.Length}.");
                }
                records.Add((tokenizer.RecordLine, fields));
            }
            return new CsvTable(path, header, records);
        }
        catch (CsvSyntaxException e)
        {
            throw new SurvivalDataException(e.Message);
        }
    }

    /// <summary>The 0-based index of <paramref name="column"/>; an error naming the file when it is absent.</summary>
    public int Column(string column) =>
        _columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new SurvivalDataException($"{Path} line 1: the header has no column '{column}'.");

    /// <summary>Case ID to record index; an error on a blank or repeated ID.</summary>
    public Dictionary<string, int> IndexBy(string idColumn)
    {
        var column = Column(idColumn);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < Records.Count; r++)
        {
            var id = Records[r].Fields[column].Trim();
            if (id.Length == 0)
            {
                throw Error(r, column, "the Case ID is blank");
            }
            if (!index.TryAdd(id, r))
            {
                throw Error(r, column, $"Case ID '{id}' appears twice (first on line {Records[index[id]].Line})");
            }
        }
        return index;
    }

    /// <summary>A number; blank or "NaN" is missing (NaN). Anything else is an error naming the cell.</summary>
    public double Number(int record, int column)
    {
        var text = Records[record].Fields[column].Trim();
        if (text.Length == 0 || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(record, column, $"'{text}' is not a number (expected an invariant-culture number such as 7.25, or a blank cell for missing)");
    }

    public SurvivalDataException Error(int record, int column, string problem) =>
        new($"{Path} line {Records[record].Line}, column {column + 1} '{Header[column]}': {problem}.");
}

namespace Solutions.Shared.Data.Tabular;

/// <summary>A file's header line matched against a schema: where each column sits, and what is left over.</summary>
internal sealed class CsvHeader
{
    private CsvHeader(string[] names, int[] fieldOfColumn, IReadOnlyList<string> ignored)
    {
        Names = names;
        FieldOfColumn = fieldOfColumn;
        Ignored = ignored;
    }

    /// <summary>The header names as found, trimmed.</summary>
    public string[] Names { get; }

    /// <summary>For each schema column, its 0-based field index in the file, or -1 when the file lacks it.</summary>
    public int[] FieldOfColumn { get; }

    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Reads the first record as the header and matches it (trimmed, case-insensitive) to <paramref name="columns"/>.</summary>
    /// <exception cref="TabularDataException">The input is empty, a name repeats, or a required column is missing.</exception>
    public static CsvHeader Read(CsvTokenizer tokenizer, string source, IReadOnlyList<ColumnSpec> columns)
    {
        string[] fields;
        try
        {
            if (!tokenizer.TryRead(out fields))
            {
                throw new TabularDataException(source,
                    $"{source} is empty: expected a header line naming the columns {List(columns.Select(c => c.Name))}.");
            }
        }
        catch (CsvSyntaxException e)
        {
            throw new TabularDataException(source, $"{e.Message} (in the header)", e);
        }

        var names = fields.Select(f => f.Trim()).ToArray();
        names[0] = names[0].TrimStart('\uFEFF').Trim(); // a byte-order mark left by a reader that kept it
        var position = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            if (!position.TryAdd(names[i], i))
            {
                throw new TabularDataException(source,
                    $"{source}, line {tokenizer.RecordLine}: the header names column '{names[i]}' twice " +
                    $"(fields {position[names[i]] + 1} and {i + 1}). Header found: {string.Join(", ", names)}");
            }
        }

        var fieldOfColumn = columns.Select(c => position.GetValueOrDefault(c.Name.Trim(), -1)).ToArray();
        var missing = columns.Where((c, i) => c.Required && fieldOfColumn[i] < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new TabularDataException(source,
                $"{source}: missing required column{(missing.Count > 1 ? "s" : "")} {List(missing)}. " +
                $"Header found (line {tokenizer.RecordLine}): {string.Join(", ", names)}");
        }

        var used = fieldOfColumn.Where(f => f >= 0).ToHashSet();
        var ignored = names.Where((_, i) => !used.Contains(i)).ToList();
        return new CsvHeader(names, fieldOfColumn, ignored);
    }

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}

using System.Text;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving.Hosting;

namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// Reads a <c>text/csv</c> body into schema-ordered rows. The first record is a header when it names every
/// required column (extra columns are then ignored and the order is free) or when each of its fields names a
/// column; otherwise every record is data and must hold the schema's columns in order.
/// </summary>
internal static class CsvInstances
{
    private const string Source = "request body";

    /// <exception cref="InvocationRejectedException">400 naming the row, column and problem.</exception>
    public static List<object?[]> Read(ReadOnlySpan<byte> utf8, ServedModel model)
    {
        var tokenizer = new CsvTokenizer(new StringReader(Encoding.UTF8.GetString(utf8)), Source);
        try
        {
            if (!tokenizer.TryRead(out var fields))
            {
                throw InvocationRejectedException.BadRequest("the request body holds no rows");
            }
            var header = HeaderMap(fields, model);
            if (header is not null && !tokenizer.TryRead(out fields))
            {
                throw InvocationRejectedException.BadRequest("the request body holds a header row but no data rows");
            }
            var rows = new List<object?[]>(1);
            var row = 0;
            do
            {
                row++;
                rows.Add(header is null ? ReadInSchemaOrder(fields, row, model) : ReadByHeader(fields, header, row, model));
            }
            while (tokenizer.TryRead(out fields));
            return rows;
        }
        catch (CsvSyntaxException syntax)
        {
            throw InvocationRejectedException.BadRequest(syntax.Message);
        }
    }

    /// <summary>Schema position per field (-1: not a model column), or null when the record is data.</summary>
    private static int[]? HeaderMap(string[] fields, ServedModel model)
    {
        var map = new int[fields.Length];
        var named = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            map[i] = model.ColumnIndex.TryGetValue(fields[i].Trim(), out var index) ? index : -1;
            named += map[i] >= 0 ? 1 : 0;
        }
        if (named == 0)
        {
            return null;
        }
        var missingRequired = FirstMissingRequired(map, model);
        if (missingRequired is not null && named < fields.Length)
        {
            return null;
        }
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] >= 0 && Array.IndexOf(map, map[i], i + 1) > 0)
            {
                throw InvocationRejectedException.BadRequest(
                    $"the header row names column '{model.Columns[map[i]].Name}' twice");
            }
        }
        if (missingRequired is not null)
        {
            throw InvocationRejectedException.BadRequest($"the header row lacks required column '{missingRequired}'");
        }
        return map;
    }

    private static string? FirstMissingRequired(int[] map, ServedModel model)
    {
        for (var column = 0; column < model.Columns.Length; column++)
        {
            if (model.Columns[column].Required && Array.IndexOf(map, column) < 0)
            {
                return model.Columns[column].Name;
            }
        }
        return null;
    }

    private static object?[] ReadInSchemaOrder(string[] fields, int row, ServedModel model)
    {
        var columns = model.Columns;
        if (fields.Length != columns.Length)
        {
            throw InvocationRejectedException.BadRequest(
                $"row {row}: expected {columns.Length} fields, got {fields.Length} " +
                $"(without a header row a row gives the model's {columns.Length} columns in schema order)");
        }
        var values = new object?[columns.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            values[i] = Parse(fields[i], columns[i], row, i + 1);
        }
        return values;
    }

    private static object?[] ReadByHeader(string[] fields, int[] header, int row, ServedModel model)
    {
        if (fields.Length != header.Length)
        {
            throw InvocationRejectedException.BadRequest(
                $"row {row}: expected {header.Length} fields as in the header row, got {fields.Length}");
        }
        var values = new object?[model.Columns.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var column = header[i];
            if (column >= 0)
            {
                values[column] = Parse(fields[i], model.Columns[column], row, i + 1);
            }
        }
        return values;
    }

    private static object? Parse(string text, ColumnSpec column, int row, int fieldNumber)
    {
        var problem = ColumnValue.TryParse(text, column, out var value);
        return problem is null
            ? value
            : throw InvocationRejectedException.BadRequest($"row {row}, column {fieldNumber} '{column.Name}': {problem}");
    }
}

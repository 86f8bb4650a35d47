using System.Text.Json;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving.Hosting;

namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// Reads <c>application/json</c> and <c>application/jsonlines</c> bodies into schema-ordered rows. An
/// instance is an object keyed by column name (case-insensitive; extra keys ignored) or an array of values
/// in schema order. A JSON document holds <c>{"instances": [...]}</c>, an array of instances, one object, or
/// one array of scalar values (a single instance).
/// </summary>
internal static class JsonInstances
{
    private const string InstancesKey = "instances";
    private const int StackLimit = 256;

    /// <exception cref="InvocationRejectedException">400 naming the row and key or column.</exception>
    public static List<object?[]> ReadDocument(ReadOnlyMemory<byte> utf8, ServedModel model)
    {
        using var document = Parse(utf8, lineNumber: null);
        var root = document.RootElement;
        var rows = new List<object?[]>(1);
        switch (root.ValueKind)
        {
            case JsonValueKind.Object when !model.ColumnIndex.ContainsKey(InstancesKey)
                && root.TryGetProperty(InstancesKey, out var instances):
                if (instances.ValueKind != JsonValueKind.Array)
                {
                    throw InvocationRejectedException.BadRequest(
                        $"'{InstancesKey}' must be a JSON array of instances, got {Describe(instances.ValueKind)}");
                }
                ReadInstances(instances, rows, model);
                break;
            case JsonValueKind.Object:
                rows.Add(ReadObject(root, 1, model));
                break;
            case JsonValueKind.Array when root.GetArrayLength() > 0 && root[0].ValueKind
                is not (JsonValueKind.Object or JsonValueKind.Array):
                rows.Add(ReadValues(root, 1, model));
                break;
            case JsonValueKind.Array:
                ReadInstances(root, rows, model);
                break;
            default:
                throw InvocationRejectedException.BadRequest(
                    $"expected a JSON object or array, got {Describe(root.ValueKind)}");
        }
        return rows.Count > 0 ? rows : throw InvocationRejectedException.BadRequest("the request holds no instances");
    }

    /// <summary>One instance per line; blank lines are skipped, rows are numbered over the instances.</summary>
    /// <exception cref="InvocationRejectedException">400 naming the row (or line, for malformed JSON).</exception>
    public static List<object?[]> ReadLines(ReadOnlyMemory<byte> utf8, ServedModel model)
    {
        var rows = new List<object?[]>(1);
        var rest = utf8;
        var line = 0;
        while (!rest.IsEmpty)
        {
            line++;
            var newline = rest.Span.IndexOf((byte)'\n');
            var text = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
            if (text.Span.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }
            using var document = Parse(text, line);
            rows.Add(ReadInstance(document.RootElement, rows.Count + 1, model));
        }
        return rows.Count > 0 ? rows : throw InvocationRejectedException.BadRequest("the request body holds no rows");
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8, int? lineNumber)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException malformed)
        {
            // JsonException counts lines and bytes from 0; editors count from 1.
            var line = lineNumber ?? (malformed.LineNumber ?? 0) + 1;
            var position = (malformed.BytePositionInLine ?? 0) + 1;
            var problem = malformed.Message;
            var location = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw InvocationRejectedException.BadRequest(
                $"malformed JSON at line {line}, position {position}: {(location > 0 ? problem[..location] : problem)}");
        }
    }

    private static void ReadInstances(JsonElement instances, List<object?[]> rows, ServedModel model)
    {
        foreach (var instance in instances.EnumerateArray())
        {
            rows.Add(ReadInstance(instance, rows.Count + 1, model));
        }
    }

    private static object?[] ReadInstance(JsonElement instance, int row, ServedModel model) => instance.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(instance, row, model),
        JsonValueKind.Array => ReadValues(instance, row, model),
        _ => throw InvocationRejectedException.BadRequest(
            $"row {row}: expected an object keyed by column name or an array of values in schema order, " +
            $"got {Describe(instance.ValueKind)}"),
    };

    private static object?[] ReadObject(JsonElement instance, int row, ServedModel model)
    {
        var columns = model.Columns;
        var values = new object?[columns.Length];
        Span<bool> given = columns.Length <= StackLimit ? stackalloc bool[columns.Length] : new bool[columns.Length];
        foreach (var property in instance.EnumerateObject())
        {
            if (!model.ColumnIndex.TryGetValue(property.Name, out var column))
            {
                continue;
            }
            if (given[column])
            {
                throw InvocationRejectedException.BadRequest(
                    $"row {row}: column '{columns[column].Name}' is given twice (keys are case-insensitive)");
            }
            given[column] = true;
            var problem = TryConvert(property.Value, columns[column], out values[column]);
            if (problem is not null)
            {
                throw InvocationRejectedException.BadRequest($"row {row}, key '{property.Name}': {problem}");
            }
        }
        for (var column = 0; column < columns.Length; column++)
        {
            if (!given[column] && columns[column].Required)
            {
                throw InvocationRejectedException.BadRequest($"row {row}: missing required key '{columns[column].Name}'");
            }
        }
        return values;
    }

    private static object?[] ReadValues(JsonElement instance, int row, ServedModel model)
    {
        var columns = model.Columns;
        var count = instance.GetArrayLength();
        if (count != columns.Length)
        {
            throw InvocationRejectedException.BadRequest(
                $"row {row}: expected {columns.Length} values in schema order, got {count}");
        }
        var values = new object?[columns.Length];
        var column = 0;
        foreach (var element in instance.EnumerateArray())
        {
            var problem = TryConvert(element, columns[column], out values[column]);
            if (problem is not null)
            {
                throw InvocationRejectedException.BadRequest(
                    $"row {row}, column {column + 1} '{columns[column].Name}': {problem}");
            }
            column++;
        }
        return values;
    }

    /// <returns>Null on success, else what is wrong with the value.</returns>
    private static string? TryConvert(JsonElement element, ColumnSpec column, out object? value)
    {
        value = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return ColumnValue.TryParse(element.GetString()!, column, out value);
            case JsonValueKind.Number when column.Kind == ColumnKind.Number:
                if (element.TryGetDouble(out var number) && double.IsFinite(number))
                {
                    value = number;
                    return null;
                }
                return $"{element.GetRawText()} is out of range for a number";
            case JsonValueKind.Number when column.Kind == ColumnKind.Integer && element.TryGetInt64(out var whole):
                value = whole;
                return null;
            case JsonValueKind.Number:
                // Booleans as 1/0, text as the number's spelling, "3.0" for an integer: the text rules decide.
                return ColumnValue.TryParse(element.GetRawText(), column, out value);
            case JsonValueKind.True or JsonValueKind.False
                when column.Kind is ColumnKind.Boolean or ColumnKind.Text:
                var flag = element.ValueKind == JsonValueKind.True;
                value = column.Kind == ColumnKind.Boolean ? flag : flag ? "true" : "false";
                return null;
            case JsonValueKind.Null:
                return column.Required ? "a value is required (got null)" : null;
            case JsonValueKind.Array when column.Kind == ColumnKind.Text:
                return TryJoinList(element, out value);
            default:
                return $"got {Describe(element.ValueKind)}, expected {Describe(column.Kind)}";
        }
    }

    /// <summary>
    /// A list in a text column (candidate prices, say) arrives as its items joined by
    /// <see cref="ServingContract.ListSeparator"/>, the same text a CSV request carries in that column.
    /// </summary>
    private static string? TryJoinList(JsonElement array, out object? value)
    {
        value = null;
        var items = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Number:
                    items.Add(item.GetRawText());
                    break;
                case JsonValueKind.String when !item.GetString()!.Contains(ServingContract.ListSeparator):
                    items.Add(item.GetString()!);
                    break;
                default:
                    return $"a list may hold numbers and strings without '{ServingContract.ListSeparator}', not {Describe(item.ValueKind)}";
            }
        }
        value = string.Join(ServingContract.ListSeparator, items);
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Describe(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "a number",
        ColumnKind.Integer => "a whole number",
        ColumnKind.Boolean => "a boolean",
        ColumnKind.DateTime => "a date-time string",
        _ => "text",
    };
}

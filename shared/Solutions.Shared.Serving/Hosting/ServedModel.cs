using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving.Hosting;

/// <summary>
/// A loaded predictor with its schema checked and indexed once, so requests look columns up without scanning.
/// </summary>
internal sealed class ServedModel
{
    private ServedModel(IPredictor predictor, ColumnSpec[] columns, Dictionary<string, int> columnIndex, string[] outputs)
    {
        Predictor = predictor;
        Columns = columns;
        ColumnIndex = columnIndex;
        OutputColumns = outputs;
    }

    public IPredictor Predictor { get; }

    public ColumnSpec[] Columns { get; }

    /// <summary>Schema position by column name, case-insensitive; names are trimmed.</summary>
    public Dictionary<string, int> ColumnIndex { get; }

    public string[] OutputColumns { get; }

    /// <exception cref="InvalidOperationException">The predictor's schema or outputs cannot be served.</exception>
    public static ServedModel From(IPredictor predictor)
    {
        var schema = predictor.InputSchema
            ?? throw new InvalidOperationException($"{predictor.GetType().Name}.InputSchema is null");
        var columns = schema.Columns.ToArray();
        if (columns.Length == 0)
        {
            throw new InvalidOperationException($"{predictor.GetType().Name}.InputSchema has no columns");
        }
        var index = new Dictionary<string, int>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            if (!index.TryAdd(columns[i].Name.Trim(), i))
            {
                throw new InvalidOperationException(
                    $"{predictor.GetType().Name}.InputSchema names column '{columns[i].Name}' twice (names are case-insensitive)");
            }
        }
        var outputs = predictor.OutputColumns?.ToArray() ?? [];
        if (outputs.Length == 0)
        {
            throw new InvalidOperationException($"{predictor.GetType().Name}.OutputColumns is empty");
        }
        return new ServedModel(predictor, columns, index, outputs);
    }
}

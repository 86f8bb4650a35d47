using Microsoft.ML;
using Microsoft.ML.Data;

namespace Solutions.LungSurvival.Training.Model;

/// <summary>One row as ML.NET sees it: the label and the principal-component scores as a fixed-size vector.</summary>
internal sealed class BoostingRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];

    /// <summary>ML.NET needs the vector's size in the schema; it is only known once the components are.</summary>
    public static IDataView ToDataView(MLContext mlContext, IReadOnlyList<double[]> rows, IReadOnlyList<bool>? labels, int width)
    {
        var definition = SchemaDefinition.Create(typeof(BoostingRow));
        definition[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = rows.Select((row, i) => new BoostingRow
        {
            Label = labels?[i] ?? false,
            Features = [.. row.Select(v => (float)v)],
        }).ToArray();
        return mlContext.Data.LoadFromEnumerable(data, definition);
    }
}

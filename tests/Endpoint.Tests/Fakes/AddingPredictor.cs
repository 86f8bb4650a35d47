using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>A model checked by hand: sum = x + y. A negative x is refused with an ArgumentException (a 400 from the container).</summary>
internal sealed class AddingPredictor : IPredictor
{
    public const string Sum = "sum";

    public TabularSchema InputSchema { get; } = new([new ColumnSpec("x", ColumnKind.Number), new ColumnSpec("y", ColumnKind.Number)]);

    public IReadOnlyList<string> OutputColumns { get; } = [Sum];

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
        rows.Select(row =>
        {
            var x = (double)row[0]!;
            return x < 0
                ? throw new ArgumentException($"x = {x} is negative")
                : new Prediction(new Dictionary<string, object?> { [Sum] = x + (double)row[1]! });
        }).ToArray();
}

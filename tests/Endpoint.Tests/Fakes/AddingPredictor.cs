using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>
/// A model checked by hand: sum = x + y + offset. A negative x is refused with an ArgumentException (a 400 from the container).
/// </summary>
/// <param name="offset">Tells bundle versions apart (see <see cref="AddingBundle"/>).</param>
/// <param name="gate">When given, each prediction waits until it is set: a model kept busy on purpose.</param>
internal sealed class AddingPredictor(double offset = 0, ModelGate? gate = null) : IPredictor
{
    public const string Sum = "sum";

    public TabularSchema InputSchema { get; } = new([new ColumnSpec("x", ColumnKind.Number), new ColumnSpec("y", ColumnKind.Number)]);

    public IReadOnlyList<string> OutputColumns { get; } = [Sum];

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
        rows.Select(row =>
        {
            gate?.Pass();
            var x = (double)row[0]!;
            return x < 0
                ? throw new ArgumentException($"x = {x} is negative")
                : new Prediction(new Dictionary<string, object?> { [Sum] = x + (double)row[1]! + offset });
        }).ToArray();
}

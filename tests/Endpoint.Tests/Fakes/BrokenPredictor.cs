using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>A model that breaks on every row (not a refusal of bad input): its container answers 500.</summary>
internal sealed class BrokenPredictor : IPredictor
{
    public TabularSchema InputSchema { get; } = new([new ColumnSpec("x", ColumnKind.Number), new ColumnSpec("y", ColumnKind.Number)]);

    public IReadOnlyList<string> OutputColumns { get; } = ["y"];

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
        throw new InvalidOperationException("the model's native library crashed");
}

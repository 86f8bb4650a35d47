using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving;

/// <summary>
/// What a solution plugs into the serving contract: a loaded model that scores rows of its input schema.
/// Implementations must be safe to call from many requests at once (pool ML.NET prediction engines).
/// </summary>
public interface IPredictor
{
    /// <summary>The columns a request row holds, in the order a header-less CSV row gives them.</summary>
    TabularSchema InputSchema { get; }

    /// <summary>The names of the values each prediction returns, in CSV output order.</summary>
    IReadOnlyList<string> OutputColumns { get; }

    /// <summary>Scores rows already parsed and validated against <see cref="InputSchema"/>.</summary>
    /// <param name="rows">One array per row, in schema order; values are double, long, bool, string, DateTime or null (an optional column not given).</param>
    /// <param name="options">What the request asked for beyond the scores.</param>
    /// <returns>One prediction per row, in row order.</returns>
    /// <exception cref="ArgumentException">A row the model cannot score; the caller gets a 400 with the message.</exception>
    /// <exception cref="FormatException">Likewise: a value the model rejects; the caller gets a 400 with the message.</exception>
    IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options);
}

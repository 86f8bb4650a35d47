namespace Solutions.Shared.Serving.Responses;

/// <summary>Looks up an output value, turning a predictor that broke its own contract into a clear error.</summary>
internal static class PredictionValues
{
    /// <exception cref="InvalidOperationException">The prediction is null or lacks the output.</exception>
    public static object? Get(Prediction? prediction, string output, int rowIndex)
    {
        if (prediction?.Values is not { } values)
        {
            throw new InvalidOperationException($"the predictor returned no values for row {rowIndex + 1}");
        }
        return values.TryGetValue(output, out var value)
            ? value
            : throw new InvalidOperationException(
                $"the predictor's result for row {rowIndex + 1} lacks output column '{output}' named in OutputColumns");
    }
}

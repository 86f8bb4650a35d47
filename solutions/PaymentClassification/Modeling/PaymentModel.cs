using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>A trained category model over input rows of type <typeparamref name="TInput"/>.</summary>
/// <param name="Context">The context that trained it.</param>
/// <param name="Transformer">Maps the label to its key, then scores: the Score column is in category order.</param>
/// <param name="Trainer">The algorithm's name.</param>
public sealed record PaymentModel<TInput>(MLContext Context, ITransformer Transformer, string Trainer)
    where TInput : class
{
    /// <summary>One row of 19 probabilities per input, in <see cref="TransactionCategories.All"/> order.</summary>
    public double[][] PredictProbabilities(IEnumerable<TInput> rows)
    {
        var scored = Transformer.Transform(Context.Data.LoadFromEnumerable(rows));
        return [.. scored.GetColumn<VBuffer<float>>(nameof(PaymentModelOutput.Score))
            .Select(score => score.DenseValues().Select(p => Math.Clamp((double)p, 0, 1)).ToArray())];
    }

    /// <summary>The rows as the ML.NET data view the bundle records as the model's input schema.</summary>
    public IDataView InputSample(IEnumerable<TInput> rows) => Context.Data.LoadFromEnumerable(rows);
}

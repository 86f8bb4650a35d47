using Microsoft.ML;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Modeling;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Scoring;
using Solutions.Shared.Serving;

namespace Solutions.PaymentClassification.Serving;

/// <summary>
/// The category model behind the serving contract. A request row is a payment (receiver_id, sender_id, amount,
/// timestamp); the predictor looks up its receiver's, sender's and pair's latest features in the store it holds
/// open, and answers the category, its probability and all 19 probabilities. A payment with unknown ids is still
/// answered, from its amount, its time and the category statistics. Owns the store: dispose it with the predictor.
/// </summary>
public sealed class PaymentPredictor : IPredictor, IDisposable
{
    private readonly PredictionEnginePool<PaymentModelInput, PaymentModelOutput> _engines;

    /// <param name="mlContext">The context the model was loaded into.</param>
    /// <param name="model">The store model.</param>
    /// <param name="store">An open feature store; the predictor disposes it.</param>
    public PaymentPredictor(MLContext mlContext, ITransformer model, FeatureStore store)
    {
        Store = store;
        _engines = new PredictionEnginePool<PaymentModelInput, PaymentModelOutput>(mlContext, model);
    }

    /// <summary>The store the features come from (ingest into it and later payments see the new history).</summary>
    public FeatureStore Store { get; }

    public TabularSchema InputSchema => TransactionRows.Schema;

    public IReadOnlyList<string> OutputColumns => PaymentOutputColumns.All;

    /// <summary>Classifies one payment with the store's latest features of its parties.</summary>
    public PaymentPrediction Predict(Transaction transaction)
    {
        var input = new PaymentModelInput
        {
            Features = PaymentFeatureVector.Compose(transaction, Store.GetOnlineFeatures(transaction)),
        };
        var score = _engines.Predict(input).Score;
        var probabilities = new double[score.Length];
        var best = 0;
        for (var c = 0; c < score.Length; c++)
        {
            probabilities[c] = Math.Clamp(score[c], 0, 1);
            best = probabilities[c] > probabilities[best] ? c : best;
        }
        return new PaymentPrediction(TransactionCategories.All[best], probabilities[best], probabilities);
    }

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options)
    {
        // Every row is checked before any is scored, so a bad row costs no lookups.
        var transactions = rows.Select((row, i) => TransactionRows.FromRow(row, i + 1)).ToArray();
        var predictions = new Prediction[transactions.Length];
        for (var i = 0; i < transactions.Length; i++)
        {
            var prediction = Predict(transactions[i]);
            var values = new Dictionary<string, object?>(PaymentOutputColumns.All.Count)
            {
                [PaymentOutputColumns.Category] = prediction.Category,
                [PaymentOutputColumns.Probability] = prediction.Probability,
            };
            for (var c = 0; c < prediction.Probabilities.Count; c++)
            {
                values[PaymentOutputColumns.PerCategory[c]] = prediction.Probabilities[c];
            }
            predictions[i] = new Prediction(values);
        }
        return predictions;
    }

    public void Dispose() => Store.Dispose();
}

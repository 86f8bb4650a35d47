using Microsoft.ML;
using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>Fits a category model: the label becomes a key in <see cref="TransactionCategories.All"/> order, then the learner.</summary>
public static class PaymentTrainer
{
    private const string Label = nameof(PaymentModelInput.Label);

    /// <param name="mlContext">A seeded context.</param>
    /// <param name="training">Rows with a <c>Label</c> string and a <c>Features</c> vector.</param>
    /// <param name="algorithm">The learner.</param>
    /// <param name="seed">The learner's seed.</param>
    /// <param name="rounds">Boosting rounds; the algorithm's default when null.</param>
    public static PaymentModel<TInput> Fit<TInput>(
        MLContext mlContext, IEnumerable<TInput> training, PaymentAlgorithm algorithm, int seed, int? rounds = null)
        where TInput : class
    {
        // Fixing the key order makes the Score column's order the categories' order, whatever the training rows hold.
        var categories = mlContext.Data.LoadFromEnumerable(TransactionCategories.All.Select(c => new CategoryKey { Value = c }));
        var pipeline = mlContext.Transforms.Conversion
            .MapValueToKey(Label, Label, keyData: categories)
            .Append(algorithm.CreateTrainer(mlContext, seed, rounds ?? algorithm.DefaultRounds));
        var transformer = pipeline.Fit(mlContext.Data.LoadFromEnumerable(training));
        return new PaymentModel<TInput>(mlContext, transformer, algorithm.Name);
    }

    private sealed class CategoryKey
    {
        public string Value { get; set; } = "";
    }
}

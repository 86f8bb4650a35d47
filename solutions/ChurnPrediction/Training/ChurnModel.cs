using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;

namespace Solutions.ChurnPrediction.Training;

/// <summary>
/// A trained churn model: featurizer, boosted trees and a Platt calibrator fitted on held-out data, so that
/// <see cref="ChurnModelOutput.Probability"/> is a probability one can multiply by money.
/// </summary>
/// <param name="mlContext">The context that trained the model.</param>
/// <param name="transformer">The whole ML.NET model.</param>
/// <param name="trainer">The learner's name.</param>
/// <param name="background">Training customers, for explanations (see <see cref="Serving.ChurnExplainer"/>).</param>
public sealed class ChurnModel(MLContext mlContext, ITransformer transformer, string trainer, IReadOnlyList<ChurnCustomer> background)
{
    public MLContext Context { get; } = mlContext;

    /// <summary>The whole ML.NET model, from <see cref="ChurnModelInput"/> to Score and Probability.</summary>
    public ITransformer Transformer { get; } = transformer;

    /// <summary>The learner's name, e.g. FastTree.</summary>
    public string Trainer { get; } = trainer;

    /// <summary>
    /// Up to <see cref="Serving.ChurnExplainer.MaxBackgroundRows"/> training customers: explanations average
    /// unknown features over them, and the bundle keeps them for that.
    /// </summary>
    public IReadOnlyList<ChurnCustomer> Background { get; } = background;

    /// <summary>Churn probabilities of many customers at once (a batch transform, faster than one by one).</summary>
    public double[] PredictProbabilities(IEnumerable<ChurnCustomer> customers)
    {
        var view = Context.Data.LoadFromEnumerable(customers.Select(ChurnModelInput.From));
        var scored = Transformer.Transform(view);
        return [.. scored.GetColumn<float>(nameof(ChurnModelOutput.Probability)).Select(p => (double)p)];
    }

    /// <summary>An empty view in the model's input schema, for saving and ONNX export.</summary>
    public IDataView InputSample(IEnumerable<ChurnCustomer> customers) =>
        Context.Data.LoadFromEnumerable(customers.Select(ChurnModelInput.From));
}

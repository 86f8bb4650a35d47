using Microsoft.ML;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.ChurnPrediction.Training;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Scoring;
using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Serving;

/// <summary>
/// The churn model behind the serving contract: a request row is a customer in the CSV's columns; the answer
/// is the churn probability and whether to make a retention offer at the model's cost-optimal cutoff.
/// </summary>
public sealed class ChurnPredictor : IPredictor
{
    public const string ProbabilityOutput = "churn_probability";
    public const string DecisionOutput = "predicted_churn";

    private readonly PredictionEnginePool<ChurnModelInput, ChurnModelOutput> _engines;
    private readonly Lazy<ChurnExplainer> _explainer;

    /// <param name="mlContext">The context the model was loaded into.</param>
    /// <param name="model">The whole churn model.</param>
    /// <param name="cutoff">Probability at or above which a customer is flagged.</param>
    /// <param name="explainerBackground">Training customers for explanations (<see cref="ChurnModel.Background"/>);
    /// without them the predictor scores but cannot explain.</param>
    public ChurnPredictor(MLContext mlContext, ITransformer model, double cutoff, IReadOnlyList<ChurnCustomer>? explainerBackground = null)
    {
        Cutoff = cutoff;
        _engines = new PredictionEnginePool<ChurnModelInput, ChurnModelOutput>(mlContext, model);
        _explainer = new Lazy<ChurnExplainer>(() => explainerBackground is { Count: > 0 }
            ? new ChurnExplainer(mlContext, model, explainerBackground)
            : throw new InvalidOperationException(
                "This churn model has no background customers to explain against (a bundle saved before explanations used TreeSHAP); retrain it with the run command."));
    }

    public double Cutoff { get; }

    public TabularSchema InputSchema => CustomerValues.Schema;

    public IReadOnlyList<string> OutputColumns { get; } = [ProbabilityOutput, DecisionOutput];

    /// <summary>The output schema recorded in the bundle's manifest.</summary>
    public static IReadOnlyList<ColumnSpec> OutputSchema { get; } =
        [new(ProbabilityOutput, ColumnKind.Number), new(DecisionOutput, ColumnKind.Boolean)];

    public double PredictProbability(ChurnCustomer customer) =>
        _engines.Predict(ChurnModelInput.From(customer)).Probability;

    /// <summary>Per-feature contributions to one customer's score (see <see cref="ChurnExplainer"/>).</summary>
    public IReadOnlyList<FeatureContribution> Explain(ChurnCustomer customer) => _explainer.Value.Explain(customer).Contributions;

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options)
    {
        var predictions = new Prediction[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var customer = CustomerValues.FromRow(rows[i]);
            double probability;
            IReadOnlyList<FeatureContribution>? explanation = null;
            if (options.Explain)
            {
                (probability, explanation) = _explainer.Value.Explain(customer);
            }
            else
            {
                probability = PredictProbability(customer);
            }
            predictions[i] = new Prediction(
                new Dictionary<string, object?>(2)
                {
                    [ProbabilityOutput] = probability,
                    [DecisionOutput] = probability >= Cutoff,
                },
                explanation);
        }
        return predictions;
    }
}

using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Scoring;
using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Serving;

/// <summary>
/// Per-customer explanations: ML.NET's feature contribution calculation on the boosted trees (how much each
/// feature moved the raw score along the paths the customer took), summed over the one-hot slots of a
/// category so that each input column gets one number, named as in the CSV.
/// </summary>
public sealed class ChurnExplainer
{
    private const string ContributionsColumn = "FeatureContributions";

    private readonly PredictionEnginePool<ChurnModelInput, ExplainedOutput> _engines;
    private readonly string[] _slotFeature;

    public ChurnExplainer(MLContext mlContext, ITransformer model)
    {
        var sample = mlContext.Data.LoadFromEnumerable(Array.Empty<ChurnModelInput>());
        var scored = model.Transform(sample);
        var calculator = CreateCalculator(mlContext, model, scored);
        var explaining = new TransformerChain<ITransformer>(model, calculator.Fit(scored));
        _engines = new PredictionEnginePool<ChurnModelInput, ExplainedOutput>(mlContext, explaining);

        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema[ChurnFeaturizer.FeaturesColumn].GetSlotNames(ref slotNames);
        var csvNames = CsvNamesOfModelInputs();
        // Slot names are "State.KS" for one-hot slots and "DayMinutes" for plain numbers.
        _slotFeature = [.. slotNames.DenseValues().Select(s =>
        {
            var name = s.ToString();
            var dot = name.IndexOf('.');
            var column = dot < 0 ? name : name[..dot];
            return csvNames.GetValueOrDefault(column, column);
        })];
    }

    /// <summary>The customer's churn probability and each feature's contribution, largest magnitude first.</summary>
    public (double Probability, IReadOnlyList<FeatureContribution> Contributions) Explain(ChurnCustomer customer)
    {
        var output = _engines.Predict(ChurnModelInput.From(customer));
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var slot = 0; slot < output.FeatureContributions.Length; slot++)
        {
            var feature = _slotFeature[slot];
            totals[feature] = totals.GetValueOrDefault(feature) + output.FeatureContributions[slot];
        }
        var contributions = totals
            .Select(t => new FeatureContribution(t.Key, t.Value))
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .ThenBy(c => c.Feature, StringComparer.Ordinal)
            .ToArray();
        return (output.Probability, contributions);
    }

    private static IEstimator<ITransformer> CreateCalculator(MLContext mlContext, ITransformer model, IDataView scored)
    {
        var slots = scored.Schema[ChurnFeaturizer.FeaturesColumn].Type is VectorDataViewType vector ? vector.Size : 1;
        return FindScorer(model) switch
        {
            BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fastTree =>
                mlContext.Transforms.CalculateFeatureContribution(fastTree, slots, slots, normalize: false),
            BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm =>
                mlContext.Transforms.CalculateFeatureContribution(lightGbm, slots, slots, normalize: false),
            var other => throw new InvalidOperationException(
                $"Explanations need a FastTree or LightGbm churn model; this one ends in {other?.GetType().Name ?? "nothing"}."),
        };
    }

    private static ITransformer? FindScorer(ITransformer transformer) => transformer switch
    {
        IPredictionTransformer<object> scorer when scorer.GetType().Name.StartsWith("BinaryPredictionTransformer", StringComparison.Ordinal) => scorer,
        IEnumerable<ITransformer> chain => chain.Select(FindScorer).LastOrDefault(t => t is not null),
        _ => null,
    };

    private static Dictionary<string, string> CsvNamesOfModelInputs() =>
        typeof(ChurnCustomer).GetProperties()
            .Select(p => (p.Name, Attribute: p.GetCustomAttribute<CsvColumnAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToDictionary(p => p.Name, p => p.Attribute!.Name, StringComparer.Ordinal);

    private sealed class ExplainedOutput
    {
        public float Probability { get; set; }

        [ColumnName(ContributionsColumn)]
        public float[] FeatureContributions { get; set; } = [];
    }
}

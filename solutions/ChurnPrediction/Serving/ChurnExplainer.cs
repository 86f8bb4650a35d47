using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Explaining;
using Solutions.Shared.Modeling.Scoring;
using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Serving;

/// <summary>
/// Per-customer explanations as SHAP values of the boosted trees (exact path-dependent TreeSHAP), summed over
/// the one-hot slots of a category so that each input column gets one number, named as in the CSV.
/// </summary>
/// <remarks>
/// A contribution is in the unit of the trees' raw score, the log-odds before Platt calibration: positive pushes
/// towards churn. They add up: <see cref="ExpectedScore"/> plus all contributions is the customer's raw score,
/// which the calibrator turns into the probability. "Unknown" features are averaged over
/// <see cref="MaxBackgroundRows"/> or fewer training customers, whose paths through the trees give the covers.
/// </remarks>
public sealed class ChurnExplainer
{
    /// <summary>How many training customers set the trees' covers (and are saved in a bundle for it).</summary>
    public const int MaxBackgroundRows = 1_000;

    private readonly PredictionEnginePool<ChurnModelInput, FeaturizedOutput> _engines;
    private readonly TreeShapExplainer _shap;
    private readonly string[] _slotFeature;

    /// <param name="mlContext">The context the model was loaded into.</param>
    /// <param name="model">The whole churn model: featurizer, FastTree or LightGbm, Platt calibrator.</param>
    /// <param name="background">Training customers; the first <see cref="MaxBackgroundRows"/> are used.</param>
    public ChurnExplainer(MLContext mlContext, ITransformer model, IReadOnlyList<ChurnCustomer> background)
    {
        if (background.Count == 0)
        {
            throw new ArgumentException("Explanations need at least one training customer as background.", nameof(background));
        }
        var featurized = model.Transform(
            mlContext.Data.LoadFromEnumerable(background.Take(MaxBackgroundRows).Select(ChurnModelInput.From)));
        var vectors = featurized.GetColumn<VBuffer<float>>(ChurnFeaturizer.FeaturesColumn)
            .Select(v => v.DenseValues().ToArray())
            .ToArray();
        _shap = TreeShapExplainer.Create(TreesOf(model), vectors);
        _engines = new PredictionEnginePool<ChurnModelInput, FeaturizedOutput>(mlContext, model);

        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        featurized.Schema[ChurnFeaturizer.FeaturesColumn].GetSlotNames(ref slotNames);
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

    /// <summary>The raw score (log-odds before calibration) averaged over the background customers.</summary>
    public double ExpectedScore => _shap.ExpectedValue;

    /// <summary>
    /// The customer's churn probability and each CSV column's SHAP contribution to the raw score (log-odds
    /// before calibration), largest magnitude first.
    /// </summary>
    public (double Probability, IReadOnlyList<FeatureContribution> Contributions) Explain(ChurnCustomer customer)
    {
        var output = _engines.Predict(ChurnModelInput.From(customer));
        var slots = _shap.Explain(output.Features);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var slot = 0; slot < slots.Length; slot++)
        {
            var feature = _slotFeature[slot];
            totals[feature] = totals.GetValueOrDefault(feature) + slots[slot];
        }
        var contributions = totals
            .Select(t => new FeatureContribution(t.Key, t.Value))
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .ThenBy(c => c.Feature, StringComparer.Ordinal)
            .ToArray();
        return (output.Probability, contributions);
    }

    private static RegressionTreeEnsemble TreesOf(ITransformer model) => FindScorer(model) switch
    {
        BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fastTree =>
            fastTree.Model.SubModel.TrainedTreeEnsemble,
        BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm =>
            lightGbm.Model.SubModel.TrainedTreeEnsemble,
        var other => throw new InvalidOperationException(
            $"Explanations need a FastTree or LightGbm churn model; this one ends in {other?.GetType().Name ?? "nothing"}."),
    };

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

    private sealed class FeaturizedOutput
    {
        public float Probability { get; set; }

        [ColumnName(ChurnFeaturizer.FeaturesColumn)]
        public float[] Features { get; set; } = [];
    }
}

using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Modeling.Explaining;

namespace Solutions.ChurnPrediction.Evaluation;

/// <summary>The figures of a trained churn model: test metrics, costs, importance and expected churners.</summary>
public static class ChurnEvaluator
{
    /// <summary>
    /// The cost-optimal cutoff on rows the trees never trained on (the validation rows): the test rows then
    /// show what that decision really costs.
    /// </summary>
    public static double ChooseCutoff(ChurnPredictor predictor, IReadOnlyList<ChurnRecord> validation, CostMatrix costs)
    {
        var probabilities = validation.Select(predictor.PredictProbability).ToArray();
        return CostAnalysis.Evaluate(validation.Select(r => r.Churned).ToArray(), probabilities, costs).OptimalCutoff;
    }

    /// <summary>Permutation importance of each CSV column: the drop in test ROC AUC when it is shuffled.</summary>
    public static IReadOnlyList<FeatureImportance> Importance(
        ChurnPredictor predictor, IReadOnlyList<ChurnRecord> test, int repeats, int seed)
    {
        var labels = test.Select(r => r.Churned).ToArray();
        var rows = test.Select(CustomerValues.ToRow).ToArray();
        var features = CustomerValues.Schema.Columns.Select(c => c.Name).ToArray();
        return PermutationImportance.Compute(
            rows,
            features,
            permuted => BinaryClassificationEvaluator.Evaluate(
                labels, [.. permuted.Select(r => predictor.PredictProbability(CustomerValues.FromRow(r)))]).RocAuc,
            repeats,
            seed);
    }
}

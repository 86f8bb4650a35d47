using Microsoft.ML;
using Solutions.ChurnPrediction.Features;

namespace Solutions.ChurnPrediction.Training;

/// <summary>One configuration compared by cross-validation: a learner on a feature set.</summary>
public sealed record ChurnCandidate(ChurnAlgorithm Algorithm, ChurnFeatureSet FeatureSet)
{
    /// <summary>Featurizer followed by the (uncalibrated-score) trainer.</summary>
    public IEstimator<ITransformer> CreateEstimator(MLContext mlContext) =>
        ChurnFeaturizer.Build(mlContext, FeatureSet).Append(Algorithm.CreateTrainer(mlContext));

    public static IReadOnlyList<ChurnCandidate> All { get; } =
        [.. ChurnAlgorithm.All.SelectMany(a => ChurnFeatureSet.All.Select(f => new ChurnCandidate(a, f)))];

    public override string ToString() => $"{Algorithm.Name}, {FeatureSet.Name}";
}

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Solutions.ChurnPrediction.Features;

namespace Solutions.ChurnPrediction.Training;

/// <summary>A gradient-boosted tree learner with its settings; the candidates are compared by cross-validation.</summary>
public sealed record ChurnAlgorithm(string Name, Func<MLContext, IEstimator<ITransformer>> CreateTrainer)
{
    private const string Label = nameof(ChurnModelInput.Label);

    /// <summary>ML.NET FastTree (MART): 200 trees of up to 20 leaves, learning rate 0.1.</summary>
    public static readonly ChurnAlgorithm FastTree = new("FastTree", ml => ml.BinaryClassification.Trainers.FastTree(
        new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = ChurnFeaturizer.FeaturesColumn,
            NumberOfTrees = 200,
            NumberOfLeaves = 20,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        }));

    /// <summary>LightGBM: 200 rounds of up to 20 leaves, learning rate 0.1.</summary>
    public static readonly ChurnAlgorithm LightGbm = new("LightGbm", ml => ml.BinaryClassification.Trainers.LightGbm(
        new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = ChurnFeaturizer.FeaturesColumn,
            NumberOfIterations = 200,
            NumberOfLeaves = 20,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Verbose = false,
            Silent = true,
        }));

    public static IReadOnlyList<ChurnAlgorithm> All { get; } = [FastTree, LightGbm];

    public override string ToString() => Name;
}

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>A multiclass gradient-boosted tree learner over the <c>Features</c> column and the key-typed <c>Label</c>.</summary>
/// <param name="Name">How reports and manifests name it.</param>
/// <param name="DefaultRounds">Boosting rounds (trees per category) unless a run asks for another number.</param>
/// <param name="CreateTrainer">The ML.NET trainer for a seed and a number of rounds; its Score column holds one probability per category.</param>
public sealed record PaymentAlgorithm(string Name, int DefaultRounds, Func<MLContext, int, int, IEstimator<ITransformer>> CreateTrainer)
{
    private const string Label = nameof(PaymentModelInput.Label);
    private const string Features = nameof(PaymentModelInput.Features);

    /// <summary>LightGBM's multiclass objective (softmax over 19 classes): by default 120 rounds of up to 31 leaves, learning rate 0.1.</summary>
    public static readonly PaymentAlgorithm LightGbm = new("LightGbm", 120, (ml, seed, rounds) => ml.MulticlassClassification.Trainers.LightGbm(
        new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfIterations = rounds,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            Seed = seed,
            // One thread: the same data and seed give the same model on any machine.
            NumberOfThreads = 1,
            Verbose = false,
            Silent = true,
        }));

    /// <summary>One FastTree binary model per category (one-versus-all), by default 100 trees of up to 20 leaves each.</summary>
    public static readonly PaymentAlgorithm FastTreeOneVersusAll = new("FastTree one-versus-all", 100, (ml, seed, rounds) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = Label,
                FeatureColumnName = Features,
                NumberOfTrees = rounds,
                NumberOfLeaves = 20,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = seed,
            }),
            labelColumnName: Label));

    public static IReadOnlyList<PaymentAlgorithm> All { get; } = [LightGbm, FastTreeOneVersusAll];

    public override string ToString() => Name;
}

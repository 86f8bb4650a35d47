using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>A multiclass gradient-boosted tree learner over the <c>Features</c> column and the key-typed <c>Label</c>.</summary>
/// <param name="Name">How reports and manifests name it.</param>
/// <param name="CreateTrainer">The ML.NET trainer; its Score column holds one probability per category.</param>
public sealed record PaymentAlgorithm(string Name, Func<MLContext, int, IEstimator<ITransformer>> CreateTrainer)
{
    private const string Label = nameof(PaymentModelInput.Label);
    private const string Features = nameof(PaymentModelInput.Features);

    /// <summary>LightGBM's multiclass objective (softmax over 19 classes): 120 rounds of up to 31 leaves, learning rate 0.1.</summary>
    public static readonly PaymentAlgorithm LightGbm = new("LightGbm", (ml, seed) => ml.MulticlassClassification.Trainers.LightGbm(
        new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfIterations = 120,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            Seed = seed,
            // One thread: the same data and seed give the same model on any machine.
            NumberOfThreads = 1,
            Verbose = false,
            Silent = true,
        }));

    /// <summary>One FastTree binary model per category (one-versus-all), 100 trees of up to 20 leaves each.</summary>
    public static readonly PaymentAlgorithm FastTreeOneVersusAll = new("FastTree one-versus-all", (ml, seed) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = Label,
                FeatureColumnName = Features,
                NumberOfTrees = 100,
                NumberOfLeaves = 20,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = seed,
            }),
            labelColumnName: Label));

    public static IReadOnlyList<PaymentAlgorithm> All { get; } = [LightGbm, FastTreeOneVersusAll];

    /// <summary>The algorithm called <paramref name="name"/> (case-insensitive, spaces and dashes ignored).</summary>
    public static PaymentAlgorithm Parse(string name) =>
        All.FirstOrDefault(a => Simplify(a.Name) == Simplify(name))
        ?? throw new ArgumentException($"unknown algorithm '{name}'; expected one of: {string.Join(", ", All.Select(a => a.Name))}");

    public override string ToString() => Name;

    private static string Simplify(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

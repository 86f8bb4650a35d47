using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Solutions.LungSurvival.Training.Model;

/// <summary>
/// Small gradient-boosted trees (ML.NET FastTree, Platt-calibrated to a probability): shallow, few and slow-learning,
/// because a cohort of about 150 patients supports little more. Single-threaded so a seed gives the same trees.
/// </summary>
public sealed class BoostedTreesClassifier : ISurvivalClassifier
{
    private const string ProbabilityColumn = "Probability";
    private readonly MLContext _mlContext;

    private BoostedTreesClassifier(string name, MLContext mlContext, ITransformer model, int featureCount)
    {
        Name = name;
        _mlContext = mlContext;
        Model = model;
        FeatureCount = featureCount;
    }

    public string Name { get; }

    public ITransformer Model { get; }

    public int FeatureCount { get; }

    public static BoostedTreesClassifier Fit(string name, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, int seed,
        int trees = 50, int leaves = 4)
    {
        var mlContext = new MLContext(seed);
        var width = rows[0].Length;
        var trainer = mlContext.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = Math.Max(2, rows.Count / 20),
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = seed,
        });
        var model = trainer.Fit(BoostingRow.ToDataView(mlContext, rows, labels, width));
        return new BoostedTreesClassifier(name, mlContext, model, width);
    }

    public IReadOnlyList<double> Probabilities(IReadOnlyList<double[]> rows)
    {
        var scored = Model.Transform(BoostingRow.ToDataView(_mlContext, rows, null, FeatureCount));
        return [.. scored.GetColumn<float>(ProbabilityColumn).Select(p => (double)p)];
    }

    public void Save(string path)
    {
        using var data = File.Create(path);
        _mlContext.Model.Save(Model, BoostingRow.ToDataView(_mlContext, [new double[FeatureCount]], null, FeatureCount).Schema, data);
    }

    /// <exception cref="InvalidDataException">The file is not an ML.NET model.</exception>
    public static BoostedTreesClassifier Load(string name, string path, int featureCount)
    {
        var mlContext = new MLContext();
        try
        {
            return new BoostedTreesClassifier(name, mlContext, mlContext.Model.Load(path, out _), featureCount);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{path}: the boosted-trees model could not be read ({e.Message}).", e);
        }
    }
}

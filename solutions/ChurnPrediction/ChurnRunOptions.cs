using Solutions.Shared.Data.IO;

namespace Solutions.ChurnPrediction;

/// <summary>What a churn run reads, where it writes, and its knobs.</summary>
/// <param name="DataPath">The labelled customers' CSV.</param>
/// <param name="OutputFolder">Receives metrics.json, report.md, the charts and model/.</param>
/// <param name="Seed">Seed of the split, the folds, the learners and the permutations.</param>
public sealed record ChurnRunOptions(string DataPath, string OutputFolder, int Seed = 42)
{
    public const string SolutionName = "ChurnPrediction";

    /// <summary>Folds of the cross-validation that chooses the model.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Shuffles per feature for permutation importance.</summary>
    public int PermutationRepeats { get; init; } = 5;

    /// <summary>Fractions of training, validation (calibration and cutoff) and test rows.</summary>
    public (double Train, double Validation, double Test) SplitFractions { get; init; } = (0.6, 0.2, 0.2);

    /// <summary>The data file's name, also looked for when <c>--data</c> names a folder.</summary>
    public const string DataFileName = "churn.csv";

    public static string DefaultDataPath => RepositoryRoot.Resolve("data", "churn", DataFileName);

    public static string DefaultOutputFolder => RepositoryRoot.Resolve("artifacts", "churn");

    public string ModelFolder => Path.Combine(OutputFolder, "model");
}

using Solutions.PaymentClassification.Modeling;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Data.IO;

namespace Solutions.PaymentClassification;

/// <summary>What a payment run reads, where it writes, and its knobs.</summary>
/// <param name="DataPath">The labelled transactions' CSV; generated (<see cref="Rows"/> rows) when it does not exist.</param>
/// <param name="OutputFolder">Receives metrics.json, report.md, the charts, model/ and (by default) the feature store.</param>
/// <param name="Seed">Seed of the generator (when generating), the splits, the learners and the permutations.</param>
public sealed record PaymentRunOptions(string DataPath, string OutputFolder, int Seed = 42)
{
    public const string SolutionName = "PaymentClassification";

    /// <summary>The data file's name, also looked for when <c>--data</c> names a folder.</summary>
    public const string DataFileName = "transactions.csv";

    /// <summary>The SQLite feature store's file name inside the output folder.</summary>
    public const string StoreFileName = "features.db";

    /// <summary>Generated data lives under the git-ignored artifacts folder: it is made, never committed.</summary>
    public static string DefaultDataPath => RepositoryRoot.Resolve("artifacts", "payment", "data", DataFileName);

    public static string DefaultOutputFolder => RepositoryRoot.Resolve("artifacts", "payment");

    /// <summary>Rows to generate when <see cref="DataPath"/> does not exist.</summary>
    /// <value>The default value is 100,000, as the public example.</value>
    public int Rows { get; init; } = 100_000;

    /// <summary>A SQLite file path or a PostgreSQL connection string.</summary>
    /// <value>The default is <c>features.db</c> in the output folder.</value>
    public string? Store { get; init; }

    /// <summary>The share of rows the random split holds out for testing (stratified by category).</summary>
    public double TestFraction { get; init; } = 0.2;

    public PaymentAlgorithm Algorithm { get; init; } = PaymentAlgorithm.LightGbm;

    /// <summary>Boosting rounds; null for the algorithm's default (fewer make a quick run for tests and notebooks).</summary>
    public int? Rounds { get; init; }

    /// <summary>Test rows sampled for permutation importance, and shuffles per feature group.</summary>
    public (int Rows, int Repeats) Importance { get; init; } = (4_000, 2);

    public FeatureStoreLocation StoreLocation => FeatureStoreLocation.Parse(Store ?? Path.Combine(OutputFolder, StoreFileName));

    public string ModelFolder => Path.Combine(OutputFolder, "model");
}

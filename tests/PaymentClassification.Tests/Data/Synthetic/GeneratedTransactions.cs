using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;

namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

/// <summary>
/// 100,000 rows with the default options, generated once for the whole collection, and the same rows without
/// label noise (same seed), whose labels are the true categories.
/// </summary>
public sealed class GeneratedTransactions
{
    public static readonly GeneratorOptions Options = new() { Seed = 20240101 };

    public GeneratedTransactions()
    {
        Noisy = TransactionGenerator.Generate(Options);
        Clean = TransactionGenerator.Generate(Options with { LabelNoise = 0 });
    }

    public IReadOnlyList<LabelledTransaction> Noisy { get; }

    public IReadOnlyList<LabelledTransaction> Clean { get; }
}

[CollectionDefinition(Name)]
public sealed class GeneratedTransactionsCollection : ICollectionFixture<GeneratedTransactions>
{
    public const string Name = "Generated transactions";
}

using Solutions.Shared.Modeling.Explaining;

namespace Solutions.PaymentClassification.Evaluation;

/// <summary>What a run measured.</summary>
public sealed record PaymentEvaluation
{
    public required int RowsLoaded { get; init; }
    public required int RowsRejected { get; init; }

    /// <summary>Rows the ingest added to the store (0 when the store already held them all).</summary>
    public required int RowsAddedToStore { get; init; }
    public required int RowsAlreadyStored { get; init; }
    public required DateTime FirstTimestamp { get; init; }
    public required DateTime LastTimestamp { get; init; }

    /// <summary>The stratified random split: the headline figures and the bundled model's.</summary>
    public required SplitComparison Random { get; init; }

    /// <summary>Train on earlier months, test on later ones.</summary>
    public required SplitComparison Time { get; init; }

    /// <summary>Group permutation importance of the store model on the random split's test rows.</summary>
    public required IReadOnlyList<FeatureImportance> Importance { get; init; }

    /// <summary>Test rows the importance was measured on (a seeded sample when the test set is large).</summary>
    public required int ImportanceRows { get; init; }

    public required string Trainer { get; init; }
    public required double PointInTimeBuildSeconds { get; init; }
    public required double TrainingSeconds { get; init; }
}

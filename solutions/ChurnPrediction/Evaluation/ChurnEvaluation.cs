using Solutions.ChurnPrediction.Training;
using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Modeling.Explaining;

namespace Solutions.ChurnPrediction.Evaluation;

/// <summary>Everything a churn run measured, for the report, metrics.json and the notebook.</summary>
public sealed record ChurnEvaluation
{
    public required int RowsLoaded { get; init; }
    public required int RowsRejected { get; init; }
    public required int TrainRows { get; init; }
    public required int ValidationRows { get; init; }
    public required int TestRows { get; init; }

    /// <summary>Cross-validation of every candidate on the training rows.</summary>
    public required ModelSelection Selection { get; init; }

    /// <summary>Test-set metrics at <see cref="DeployedCutoff"/>.</summary>
    public required BinaryEvaluation Test { get; init; }

    /// <summary>Expected cost on the test set at every cutoff.</summary>
    public required CostCurve TestCosts { get; init; }

    /// <summary>The cutoff the model is deployed with: cost-optimal on the validation rows.</summary>
    public required double DeployedCutoff { get; init; }

    /// <summary>The test set's cost when flagging at <see cref="DeployedCutoff"/>.</summary>
    public required double TestCostAtDeployedCutoff { get; init; }

    /// <summary>Raw columns ranked by the drop in test ROC AUC when shuffled.</summary>
    public required IReadOnlyList<FeatureImportance> Importance { get; init; }

    /// <summary>The sum of churn probabilities over every customer in the data.</summary>
    public required double ExpectedChurners { get; init; }

    public required int ActualChurners { get; init; }

    public required int Customers { get; init; }

    /// <summary>Test-set churn probabilities of churners and of stayers, for the distribution chart.</summary>
    public required IReadOnlyList<double> TestProbabilitiesOfChurners { get; init; }

    public required IReadOnlyList<double> TestProbabilitiesOfStayers { get; init; }

    /// <summary>Seconds to fit the final model (trees plus calibration).</summary>
    public required double TrainingSeconds { get; init; }
}

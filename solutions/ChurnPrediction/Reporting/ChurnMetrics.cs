using Solutions.ChurnPrediction.Evaluation;

namespace Solutions.ChurnPrediction.Reporting;

/// <summary>
/// The figures of a run as <c>metrics.json</c> holds them (snake_case keys, stable across versions).
/// Test-set metrics are at the deployed cutoff; costs are totals over the test set in dollars.
/// </summary>
public sealed record ChurnMetrics
{
    public required double Auc { get; init; }
    public required double PrAuc { get; init; }
    public required double Accuracy { get; init; }
    public required double Precision { get; init; }
    public required double Recall { get; init; }
    public required double F1 { get; init; }
    public required double CvAucMean { get; init; }
    public required double CvAucSd { get; init; }
    public required int CvFolds { get; init; }

    /// <summary>The cutoff of least cost on the test set (what the public example reports).</summary>
    public required double CostOptimalCutoff { get; init; }

    /// <summary>The least total cost on the test set over all cutoffs.</summary>
    public required double MinCost { get; init; }

    public required double MinCostPerCustomer { get; init; }

    /// <summary>The cutoff the model is served with, chosen on validation rows.</summary>
    public required double DeployedCutoff { get; init; }

    public required double TestCostAtDeployedCutoff { get; init; }
    public required double CostFlagNobody { get; init; }
    public required double CostFlagEverybody { get; init; }
    public required double ExpectedChurners { get; init; }
    public required int ActualChurners { get; init; }
    public required int Customers { get; init; }
    public required double BrierScore { get; init; }
    public required double LogLoss { get; init; }
    public required double ExpectedCalibrationError { get; init; }
    public required string Trainer { get; init; }
    public required string FeatureSet { get; init; }
    public required int RowsLoaded { get; init; }
    public required int RowsRejected { get; init; }
    public required int TrainRows { get; init; }
    public required int ValidationRows { get; init; }
    public required int TestRows { get; init; }
    public required int Seed { get; init; }
    public required IReadOnlyList<CandidateMetrics> Candidates { get; init; }
    public required IReadOnlyList<ImportanceMetrics> PermutationImportance { get; init; }

    public static ChurnMetrics From(ChurnEvaluation e, int seed)
    {
        var best = e.Selection.Best;
        var costs = e.TestCosts.Points;
        return new ChurnMetrics
        {
            Auc = e.Test.RocAuc,
            PrAuc = e.Test.PrAuc,
            Accuracy = e.Test.Accuracy,
            Precision = e.Test.Precision,
            Recall = e.Test.Recall,
            F1 = e.Test.F1,
            CvAucMean = best.MeanAuc,
            CvAucSd = best.AucStandardDeviation,
            CvFolds = e.Selection.Folds,
            CostOptimalCutoff = e.TestCosts.OptimalCutoff,
            MinCost = e.TestCosts.OptimalTotalCost,
            MinCostPerCustomer = e.TestCosts.OptimalTotalCost / e.TestRows,
            DeployedCutoff = e.DeployedCutoff,
            TestCostAtDeployedCutoff = e.TestCostAtDeployedCutoff,
            CostFlagNobody = costs.MinBy(p => p.FlaggedCount)!.TotalCost,
            CostFlagEverybody = costs.MaxBy(p => p.FlaggedCount)!.TotalCost,
            ExpectedChurners = e.ExpectedChurners,
            ActualChurners = e.ActualChurners,
            Customers = e.Customers,
            BrierScore = e.Test.BrierScore,
            LogLoss = e.Test.LogLoss,
            ExpectedCalibrationError = e.Test.Calibration.ExpectedCalibrationError,
            Trainer = best.Candidate.Algorithm.Name,
            FeatureSet = best.Candidate.FeatureSet.Name,
            RowsLoaded = e.RowsLoaded,
            RowsRejected = e.RowsRejected,
            TrainRows = e.TrainRows,
            ValidationRows = e.ValidationRows,
            TestRows = e.TestRows,
            Seed = seed,
            Candidates = [.. e.Selection.Candidates.Select(c => new CandidateMetrics(
                c.Candidate.Algorithm.Name, c.Candidate.FeatureSet.Name, c.MeanAuc, c.AucStandardDeviation, c == best))],
            PermutationImportance = [.. e.Importance.Select(i => new ImportanceMetrics(i.Feature, i.MeanDrop, i.StandardDeviation))],
        };
    }

    /// <summary>The headline numbers a model bundle's manifest records.</summary>
    public IReadOnlyDictionary<string, double> ForManifest() => new Dictionary<string, double>
    {
        ["auc"] = Auc,
        ["pr_auc"] = PrAuc,
        ["cv_auc_mean"] = CvAucMean,
        ["cv_auc_sd"] = CvAucSd,
        ["deployed_cutoff"] = DeployedCutoff,
        ["test_cost_at_deployed_cutoff"] = TestCostAtDeployedCutoff,
    };
}

public sealed record CandidateMetrics(string Trainer, string FeatureSet, double CvAucMean, double CvAucSd, bool Chosen);

public sealed record ImportanceMetrics(string Feature, double AucDrop, double AucDropSd);

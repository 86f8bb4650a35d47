using System.Globalization;
using Solutions.ChurnPrediction.Evaluation;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Reporting.Markdown;

namespace Solutions.ChurnPrediction.Reporting;

/// <summary>Renders a run's <c>report.md</c>: what was done, what was measured, and what it means in dollars.</summary>
public static class ChurnReport
{
    public static MarkdownReport Build(ChurnEvaluation e, ChurnMetrics m, BundleManifest manifest, string dataPath)
    {
        var best = e.Selection.Best;
        var top = e.Selection.Top;
        var report = new MarkdownReport()
            .Title("Churn prediction")
            .Paragraph(
                $"Data: `{Path.GetFileName(dataPath)}`, {e.RowsLoaded:N0} customers loaded ({e.RowsRejected:N0} rejected), " +
                $"{e.ActualChurners:N0} churners ({Pct((double)e.ActualChurners / e.Customers)}). Split, keeping the churn rate: " +
                $"{e.TrainRows:N0} training, {e.ValidationRows:N0} validation (calibration and cutoff), {e.TestRows:N0} test rows. Seed {m.Seed}.")
            .Heading("Model choice")
            .Paragraph(
                $"Each learner and feature set was scored by {e.Selection.Folds}-fold stratified cross-validation on the training rows only. " +
                $"The highest mean AUC is {top.Candidate}'s, {top.MeanAuc:0.0000} (standard error {top.AucStandardError:0.0000}). " +
                "By the one-standard-error rule, the simplest candidate within one standard error of it is chosen: " +
                $"**{best.Candidate}** (ROC AUC {best.MeanAuc:0.000} ± {best.AucStandardDeviation:0.000} SD).")
            .Table(
                ["learner", "features", "CV ROC AUC", "SD"],
                e.Selection.Candidates.Select(c => (IReadOnlyList<string>)
                    [c.Candidate.Algorithm.Name, c.Candidate.FeatureSet.Name, F(c.MeanAuc, 4), F(c.AucStandardDeviation, 4)]))
            .Paragraph(
                "The Charge columns are the minutes times a tariff, so they repeat what the minutes say. " +
                (best.Candidate.FeatureSet.IncludeCharges
                    ? "Without them, every candidate scored more than one standard error below the top, so they stay."
                    : "The measurement shows they add less than the folds' own noise, so they go: a smaller model with one copy of each signal."))
            .Heading("Test set")
            .Paragraph($"Metrics on the {e.TestRows:N0} test rows, flagging customers whose churn probability is at least the deployed cutoff {m.DeployedCutoff:0.###}.")
            .KeyValueTable(
            (KeyValuePair<string, double>[])
            [
                new("ROC AUC", m.Auc), new("PR AUC (average precision)", m.PrAuc), new("accuracy", m.Accuracy),
                new("precision", m.Precision), new("recall", m.Recall), new("F1", m.F1),
                new("Brier score", m.BrierScore), new("log loss", m.LogLoss), new("expected calibration error", m.ExpectedCalibrationError),
            ])
            .Image("ROC curve", ChurnCharts.Roc)
            .Image("Precision-recall curve", ChurnCharts.PrecisionRecall)
            .Image("Confusion matrix", ChurnCharts.ConfusionMatrix)
            .Heading("What it costs")
            .Paragraph(
                $"Costs as in the public SageMaker example: a missed churner costs ${RetentionCosts.MissedChurner:N0}; every flagged customer gets a " +
                $"${RetentionCosts.RetentionOffer:N0} retention offer, churner or not. On the test rows, flagging nobody costs ${m.CostFlagNobody:N0} " +
                $"and flagging everybody ${m.CostFlagEverybody:N0}. The least cost over all cutoffs is **${m.MinCost:N0}** " +
                $"(${m.MinCostPerCustomer:0.00} per customer) at cutoff {m.CostOptimalCutoff:0.###}. The model is deployed with the cutoff that was " +
                $"cost-optimal on the validation rows, {m.DeployedCutoff:0.###}, which costs ${m.TestCostAtDeployedCutoff:N0} on the test rows: " +
                "the honest figure, since the test rows did not choose it.")
            .Image("Cost by cutoff", ChurnCharts.CostVersusCutoff)
            .Heading("Probabilities")
            .Paragraph(
                $"The trees' scores are calibrated (Platt) on the validation rows. Summing the churn probabilities over all {e.Customers:N0} customers " +
                $"gives **{m.ExpectedChurners:N0} expected churners**; the data hold {e.ActualChurners:N0}.")
            .Image("Churn probability distribution", ChurnCharts.ScoreDistribution)
            .Image("Reliability diagram", ChurnCharts.Calibration)
            .Heading("What drives churn")
            .Paragraph("Permutation importance: the drop in test ROC AUC when one column's values are shuffled across customers.")
            .Table(
                ["feature", "AUC drop", "SD"],
                e.Importance.Select(i => (IReadOnlyList<string>)[i.Feature, F(i.MeanDrop, 4), F(i.StandardDeviation, 4)]))
            .Image("Permutation importance", ChurnCharts.FeatureImportance)
            .Heading("Model bundle")
            .KeyValueTable(
            (KeyValuePair<string, string>[])
            [
                new("folder", "model/"), new("trainer", manifest.Trainer),
                new("ONNX export", manifest.Files.OnnxModel ?? "none"), new("training data SHA-256", manifest.TrainingDataSha256),
            ], keyHeader: "Bundle", valueHeader: "")
            .Paragraph("The manifest in model/ records the model version, creation time, input and output schema, metrics and package versions. " +
                "This report leaves out times and versions, so the same data and seed give the same report.")
            .Paragraph("Serve it with `dotnet run --project solutions/ChurnPrediction -- serve --model artifacts/churn/model`.");
        return report;
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string Pct(double fraction) => fraction.ToString("P1", CultureInfo.InvariantCulture);
}

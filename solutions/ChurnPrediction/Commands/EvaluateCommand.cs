using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Evaluation;
using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Metrics;

namespace Solutions.ChurnPrediction.Commands;

/// <summary><c>evaluate --model DIR --data FILE [--out DIR]</c>: scores a labelled CSV with a saved model.</summary>
public sealed class EvaluateCommand : ISolutionCommand
{
    public string Name => "evaluate";

    public string Summary => "score a labelled CSV with a model bundle; write metrics.json and charts";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (e.g. artifacts/churn/model)", Required: true),
        new("data", "FILE", "labelled customers, CSV with the Churn? column", Required: true),
        CommandOption.Out("artifacts/churn/evaluation/"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var (bundle, predictor) = ChurnBundle.Load(arguments.Required("model"));
        var output = arguments.GetPath("out", () => Path.Combine(ChurnRunOptions.DefaultOutputFolder, "evaluation"));
        var data = CsvLoader.Load<ChurnRecord>(arguments.GetInputFile("data", ChurnRunOptions.DataFileName, () => arguments.Required("data")));
        foreach (var error in data.Errors.Take(10))
        {
            Console.Error.WriteLine($"rejected: {error.Message}");
        }
        var labels = data.Rows.Select(r => r.Churned).ToArray();
        if (labels.Length == 0)
        {
            throw new InvalidOperationException($"{data.Source}: no usable rows to evaluate ({data.RowsRejected:N0} rejected).");
        }
        var probabilities = data.Rows.Select(predictor.PredictProbability).ToArray();
        var evaluation = BinaryClassificationEvaluator.Evaluate(labels, probabilities, predictor.Cutoff);
        var costs = CostAnalysis.Evaluate(labels, probabilities, RetentionCosts.PublicExample);
        var metrics = new EvaluationMetrics(
            bundle.Manifest.ModelVersion, data.Rows.Count, (int)data.RowsRejected, labels.Count(l => l),
            evaluation.RocAuc, evaluation.PrAuc, evaluation.Accuracy, evaluation.Precision, evaluation.Recall, evaluation.F1,
            predictor.Cutoff, RetentionCosts.PublicExample.TotalCost(evaluation.ConfusionMatrix),
            costs.OptimalCutoff, costs.OptimalTotalCost, probabilities.Sum(),
            evaluation.BrierScore, evaluation.Calibration.ExpectedCalibrationError);

        ChurnCharts.WriteEvaluation(output, evaluation, costs,
            [.. probabilities.Where((_, i) => labels[i])], [.. probabilities.Where((_, i) => !labels[i])]);
        MetricsJson.Write(Path.Combine(output, RunCommand.MetricsFile), metrics);
        Console.WriteLine(
            $"{data.Rows.Count:N0} customers: ROC AUC {metrics.Auc:0.000}, PR AUC {metrics.PrAuc:0.000}, F1 {metrics.F1:0.000} at cutoff {metrics.Cutoff:0.###}; " +
            $"cost ${metrics.CostAtCutoff:N0} (least ${metrics.MinCost:N0} at {metrics.CostOptimalCutoff:0.###}). Written to {output}");
        return Task.FromResult(data.RowsRejected > 0 ? SolutionCommandLine.Failure : 0);
    }

    /// <summary>The <c>metrics.json</c> of an evaluation; keys shared with a run's where they mean the same.</summary>
    private sealed record EvaluationMetrics(
        string ModelVersion, int Rows, int RowsRejected, int Churners,
        double Auc, double PrAuc, double Accuracy, double Precision, double Recall, double F1,
        double Cutoff, double CostAtCutoff, double CostOptimalCutoff, double MinCost, double ExpectedChurners,
        double BrierScore, double ExpectedCalibrationError);
}
